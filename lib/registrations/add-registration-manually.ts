// What the secretariat does with a meeting's registrations: mark attendance at the door, move
// people between the waitlist and the seats, and add someone by hand. Capacity is never counted
// here: lockMeeting, seatsTaken and seatsNeeded (seats.ts) are the one place for that.
import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { companies, registrations, users } from '@/db/schema';
import { fieldRefusal, notFound } from '@/lib/admin/refusals';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { ActionError } from '@/lib/actions/action-error';
import { cacheTags } from '@/lib/cache/tags';
import { attendanceIsOpen } from '@/lib/meetings/meeting-phase';
import { lockMeeting, seatsNeeded, seatsTaken } from './seats';

type Registration = typeof registrations.$inferSelect;

async function lockedRegistration(tx: Tx, registrationId: string) {
  const [found] = await tx.select({ meetingId: registrations.meetingId }).from(registrations).where(eq(registrations.id, registrationId));
  if (!found) notFound();
  const meeting = await lockMeeting(tx, found.meetingId);
  if (!meeting) notFound();
  const [registration] = await tx.select().from(registrations).where(eq(registrations.id, registrationId));
  return { meeting, registration };
}

function tagsFor(slug: string) {
  return [cacheTags.meetings, cacheTags.meeting(slug)];
}

async function hasRoomFor(tx: Tx, meeting: { id: string; capacity: number | null }, colleagues: number) {
  if (meeting.capacity === null) return true;
  return (await seatsTaken(tx, meeting.id)) + seatsNeeded(colleagues) <= meeting.capacity;
}

/**
 * Marks a person as present (or undoes it). A waitlisted person let in at the door counts too.
 * Only from the meeting's day on (Copenhagen time): nobody can have turned up before.
 */
export async function setAttendance(
  db: DbOrTx,
  actor: AuditActor,
  input: { registrationId: string; attended: boolean },
  { now = new Date() } = {},
) {
  return db.transaction(async (tx) => {
    const { meeting, registration } = await lockedRegistration(tx, input.registrationId);
    if (!attendanceIsOpen(meeting, now)) throw new ActionError('attendanceNotOpen');
    if (registration.status === 'cancelled') throw new ActionError('wrongStatus');
    const status: Registration['status'] = input.attended ? 'attended' : 'registered';
    if (registration.status === status) return { registration, cacheTags: [] as string[] };
    const [updated] = await tx
      .update(registrations)
      .set({ status, attendedAt: input.attended ? now : null, waitlistedAt: null })
      .where(eq(registrations.id, registration.id))
      .returning();
    await recordAudit(tx, actor, {
      action: input.attended ? 'registration.attend' : 'registration.unattend',
      entityType: 'registration',
      entityId: registration.id,
      changes: { meetingId: meeting.id, status: { from: registration.status, to: status } },
    });
    return { registration: updated, cacheTags: tagsFor(meeting.slug) };
  });
}

/** Moves a registration between the waitlist and the seats. Seats are only given when they are free. */
export async function moveRegistration(db: DbOrTx, actor: AuditActor, input: { registrationId: string; to: 'registered' | 'waitlisted' }) {
  return db.transaction(async (tx) => {
    const { meeting, registration } = await lockedRegistration(tx, input.registrationId);
    const from = input.to === 'registered' ? 'waitlisted' : 'registered';
    if (registration.status !== from) throw new ActionError('wrongStatus');
    if (input.to === 'registered' && !(await hasRoomFor(tx, meeting, registration.colleagues))) throw new ActionError('full');
    const [updated] = await tx
      .update(registrations)
      // Moved to the back of the waitlist: it is a new place in the queue.
      .set({ status: input.to, waitlistedAt: input.to === 'waitlisted' ? new Date() : null })
      .where(eq(registrations.id, registration.id))
      .returning();
    await recordAudit(tx, actor, {
      action: input.to === 'registered' ? 'registration.promote' : 'registration.waitlist',
      entityType: 'registration',
      entityId: registration.id,
      changes: { meetingId: meeting.id, status: { from, to: input.to } },
    });
    return { registration: updated, cacheTags: tagsFor(meeting.slug) };
  });
}

export type ManualRegistrationInput = {
  meetingId: string;
  email: string;
  name: string | null;
  companyId: string | null;
  /** Another way to name the company: its CVR number (refused when no company has it). */
  companyCvr?: string | null;
  colleagues: number;
  note: string | null;
};

/**
 * Registers a person by hand (a phone call, someone at the door). An unknown address becomes a
 * company user who can sign in later. The person gets a seat when one is free, else the waitlist.
 */
export async function addRegistrationManually(db: DbOrTx, actor: AuditActor, input: ManualRegistrationInput) {
  const email = input.email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (!meeting) notFound();
    if (meeting.status === 'cancelled') throw new ActionError('wrongStatus');
    if (input.companyId) {
      const [company] = await tx.select({ id: companies.id }).from(companies).where(eq(companies.id, input.companyId));
      if (!company) fieldRefusal({ companyId: 'choice' });
    }
    if (input.companyCvr && !input.companyId) {
      const [company] = await tx.select({ id: companies.id }).from(companies).where(eq(companies.cvr, input.companyCvr));
      if (!company) fieldRefusal({ companyCvr: 'admin.unknownCvr' });
      input = { ...input, companyId: company.id };
    }
    let [person] = await tx.select().from(users).where(eq(users.email, email));
    if (person?.deactivatedAt) fieldRefusal({ email: 'admin.userDeactivated' });
    if (!person) {
      [person] = await tx
        .insert(users)
        .values({ email, name: input.name?.trim() || null, role: 'company', companyId: input.companyId })
        .returning();
      await recordAudit(tx, actor, { action: 'user.create', entityType: 'user', entityId: person.id, changes: { email: { from: null, to: email } } });
    }
    const [active] = await tx
      .select({ id: registrations.id })
      .from(registrations)
      .where(and(eq(registrations.meetingId, meeting.id), eq(registrations.userId, person.id), ne(registrations.status, 'cancelled')));
    if (active) fieldRefusal({ email: 'admin.alreadyRegistered' });
    const seated = await hasRoomFor(tx, meeting, input.colleagues);
    const [registration] = await tx
      .insert(registrations)
      .values({
        meetingId: meeting.id,
        userId: person.id,
        companyId: input.companyId ?? person.companyId,
        colleagues: input.colleagues,
        note: input.note?.trim() || null,
        status: seated ? 'registered' : 'waitlisted',
        waitlistedAt: seated ? null : new Date(),
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'registration.add',
      entityType: 'registration',
      entityId: registration.id,
      changes: { meetingId: meeting.id, email, status: { from: null, to: registration.status }, colleagues: input.colleagues },
    });
    return { registration, cacheTags: tagsFor(meeting.slug) };
  });
}
