// Adding someone to a meeting by hand (a phone call, someone at the door): a seat when one is
// free, else the waitlist.
import 'server-only';
import { meetingTags } from '@/lib/cache/tags';
import { and, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { companies, registrations, users } from '@/db/schema';
import { fieldRefusal, notFound } from '@/lib/admin/refusals';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { ActionError } from '@/lib/actions/action-error';
import { hasRoomFor } from './registration-change-steps';
import { lockMeeting } from './seats';

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
    return { registration, cacheTags: meetingTags(meeting.slug) };
  });
}
