// The registrant changes a person of their party: a colleague's name, email and note, or their
// own note (their name and address come from their account). A new name or email means the seat
// passed to someone else: the ticket version is raised, so the old ticket and release link stop
// working, the new holder gets a confirmation of their own and a previous address is told.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { attendees, registrations } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { diffFields, recordAudit } from '@/lib/audit/record-audit';
import { wakeOutboxWorker } from '@/lib/mail/outbox-wake';
import { queueAttendeeConfirmed, queueAttendeeRemoved } from './party-emails';
import type { UpdateAttendeeInput } from './party-schema';
import { lockOwnParty, lockPartyMember, type PartyActor } from './party-steps';

export async function updatePartyMember(db: Db, actor: PartyActor, input: UpdateAttendeeInput, { now = new Date() } = {}) {
  const result = await db.transaction(async (tx) => {
    const { meeting, registration } = await lockOwnParty(tx, actor, input.registrationId, now);
    const before = await lockPartyMember(tx, registration.id, input.attendeeId);
    if (before.isRegistrant) {
      const [updated] = await tx.update(attendees).set({ note: input.note }).where(eq(attendees.id, before.id)).returning();
      await tx.update(registrations).set({ note: input.note }).where(eq(registrations.id, registration.id));
      await recordAudit(tx, actor, { action: 'attendee.update', entityType: 'attendee', entityId: before.id, changes: { note: true } });
      return { attendee: updated, meetingSlug: meeting.slug, queued: false };
    }
    if (!input.name) throw new ActionError('invalid', { name: [{ key: 'required' }] });
    if (before.checkedInAt && (input.name !== before.name || input.email !== before.email)) throw new ActionError('alreadyCheckedIn');
    const passedOn = input.name !== before.name || input.email !== before.email;
    const [updated] = await tx
      .update(attendees)
      .set({
        name: input.name,
        email: input.email,
        note: input.note,
        ticketVersion: passedOn ? before.ticketVersion + 1 : before.ticketVersion,
        // A new holder has not been reminded yet: the next reminder run tells them once.
        remindedAt: passedOn ? null : before.remindedAt,
      })
      .where(and(eq(attendees.id, before.id), eq(attendees.ticketVersion, before.ticketVersion)))
      .returning();
    let queued = false;
    if (passedOn) {
      // The previous holder's address, when it changed: their ticket no longer works.
      if (before.email && before.email !== input.email) queued = (await queueAttendeeRemoved(tx, before, now)) || queued;
      queued = (await queueAttendeeConfirmed(tx, updated, now)) || queued;
    }
    const changes = diffFields(
      { name: before.name, email: before.email, note: before.note, ticketVersion: before.ticketVersion },
      { name: updated.name, email: updated.email, note: updated.note, ticketVersion: updated.ticketVersion },
    );
    // Names and addresses are personal: the audit says what changed, not to what.
    await recordAudit(tx, actor, {
      action: 'attendee.update',
      entityType: 'attendee',
      entityId: before.id,
      changes: Object.fromEntries(Object.keys(changes).map((k) => [k, true])),
    });
    return { attendee: updated, meetingSlug: meeting.slug, queued };
  });
  if (result.queued) wakeOutboxWorker();
  return result;
}
