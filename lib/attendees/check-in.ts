// Checking a person in at the door (by ticket, by name, or a walk-in), and undoing it. The
// attendee row is locked first, so two phones scanning the same ticket at once check it in once:
// the second is told "already checked in at 16.02". The registration follows its people: it is
// 'attended' while anyone of its party is checked in, so the existing statistics keep working.
import 'server-only';
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { attendees, registrations } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { lockMeeting } from '@/lib/registrations/seats';
import { attendanceIsOpen } from '@/lib/meetings/meeting-phase';
import { readTicketCode } from './ticket-code';

export type Attendee = typeof attendees.$inferSelect;

export type CheckInResult =
  | { outcome: 'checked-in'; attendee: Attendee }
  | { outcome: 'already'; attendee: Attendee; at: Date };

/**
 * A cancelled registration keeps its attendee rows as they were (its emails name who held a
 * ticket), so a seat counts as given up when either the person or the whole party is cancelled.
 */
async function registrationCancelled(db: DbOrTx, registrationId: string) {
  const [row] = await db.select({ status: registrations.status }).from(registrations).where(eq(registrations.id, registrationId));
  return !row || row.status === 'cancelled';
}

/** Locks the attendee's meeting, then the attendee; refuses a cancelled seat or a closed door. */
async function lockedAttendee(tx: Tx, meetingId: string, attendeeId: string, now: Date) {
  const meeting = await lockMeeting(tx, meetingId);
  if (!meeting || meeting.status !== 'published') throw new ActionError('notFound');
  if (!attendanceIsOpen(meeting, now)) throw new ActionError('attendanceNotOpen');
  const [attendee] = await tx
    .select()
    .from(attendees)
    .where(and(eq(attendees.id, attendeeId), eq(attendees.meetingId, meetingId)))
    .for('update');
  if (!attendee) throw new ActionError('notFound');
  if (attendee.cancelledAt || (await registrationCancelled(tx, attendee.registrationId))) throw new ActionError('seatCancelled');
  return { meeting, attendee };
}

/** 'attended' while any of the party is checked in, else back to 'registered' (from the trigger's count). */
async function syncRegistrationStatus(tx: Tx, registrationId: string, now: Date) {
  const [registration] = await tx.select().from(registrations).where(eq(registrations.id, registrationId));
  if (!registration || registration.status === 'cancelled') return;
  if (registration.present > 0 && registration.status !== 'attended') {
    await tx
      .update(registrations)
      .set({ status: 'attended', attendedAt: now, waitlistedAt: null })
      .where(eq(registrations.id, registrationId));
  } else if (registration.present === 0 && registration.status === 'attended') {
    await tx.update(registrations).set({ status: 'registered', attendedAt: null }).where(eq(registrations.id, registrationId));
  }
}

/** Checks one attendee in. A second check-in changes nothing and says when the first was. */
export async function checkInAttendee(
  db: DbOrTx,
  actor: AuditActor,
  input: { meetingId: string; attendeeId: string; via: 'ticket' | 'search' | 'walk-in' | 'list' },
  { now = new Date() } = {},
): Promise<CheckInResult> {
  return db.transaction(async (tx) => {
    const { attendee } = await lockedAttendee(tx, input.meetingId, input.attendeeId, now);
    if (attendee.checkedInAt) return { outcome: 'already', attendee, at: attendee.checkedInAt };
    const [updated] = await tx
      .update(attendees)
      .set({ checkedInAt: now, checkedInById: actor.id })
      .where(and(eq(attendees.id, attendee.id), isNull(attendees.checkedInAt)))
      .returning();
    await syncRegistrationStatus(tx, attendee.registrationId, now);
    await recordAudit(tx, actor, {
      action: 'attendee.check-in',
      entityType: 'attendee',
      entityId: attendee.id,
      changes: { meetingId: input.meetingId, via: input.via },
    });
    return { outcome: 'checked-in', attendee: updated };
  });
}

/** Undoes a check-in (a wrong tap). */
export async function undoCheckIn(
  db: DbOrTx,
  actor: AuditActor,
  input: { meetingId: string; attendeeId: string },
  { now = new Date() } = {},
): Promise<Attendee> {
  return db.transaction(async (tx) => {
    const { attendee } = await lockedAttendee(tx, input.meetingId, input.attendeeId, now);
    if (!attendee.checkedInAt) return attendee;
    const [updated] = await tx
      .update(attendees)
      .set({ checkedInAt: null, checkedInById: null })
      .where(and(eq(attendees.id, attendee.id), isNotNull(attendees.checkedInAt)))
      .returning();
    await syncRegistrationStatus(tx, attendee.registrationId, now);
    await recordAudit(tx, actor, {
      action: 'attendee.undo-check-in',
      entityType: 'attendee',
      entityId: attendee.id,
      changes: { meetingId: input.meetingId },
    });
    return updated;
  });
}

/**
 * The attendee a scanned ticket names, for this meeting. Null for a forged code, a ticket of
 * another meeting, a seat given up, or an old ticket of a seat that passed to someone else.
 */
export async function attendeeForTicket(db: DbOrTx, meetingId: string, code: string): Promise<Attendee | null> {
  const holder = readTicketCode(code);
  if (!holder) return null;
  const [attendee] = await db
    .select()
    .from(attendees)
    .where(and(eq(attendees.id, holder.id), eq(attendees.meetingId, meetingId)));
  if (!attendee || attendee.ticketVersion !== holder.ticketVersion || attendee.cancelledAt) return null;
  if (await registrationCancelled(db, attendee.registrationId)) return null;
  return attendee;
}
