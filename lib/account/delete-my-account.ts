// Deleting one's own account (GDPR art. 17). Personal data goes: the user row (sessions and
// links go with it), notes, sign-in traces and the emails kept for them. What the forum's
// records need stays, without the person: registrations and their attendees (for the meeting
// statistics, without names, addresses or notes) and proposed themes keep their company but lose
// their author. Registrations for meetings not yet held are cancelled first, so the seats go to
// the waitlist, and colleagues with an email address are told their ticket no longer works.
import 'server-only';
import { and, eq, gt, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  attendees,
  emailOutbox,
  invitations,
  meetings,
  registrations,
  signInAttempts,
  subscriptions,
  themes,
  themeSupports,
  users,
  verificationTokens,
} from '@/db/schema';
import { notifyPartyRemoved } from '@/lib/attendees/party-emails';
import { wakeOutboxWorker } from '@/lib/mail/outbox-wake';
import { notifyRegistration } from '@/lib/registrations/notify-registration';
import { lockMeeting, promoteFromWaitlist } from '@/lib/registrations/seats';

export type DeletionResult = { promotedIds: string[]; meetingSlugs: string[] };

export async function deleteMyAccount(
  db: Db,
  actor: { id: string; email: string },
  _input: Record<string, never> = {},
  { now = new Date() } = {},
): Promise<DeletionResult> {
  const result = await db.transaction(async (tx) => {
    const upcoming = await tx
      .select({ id: registrations.id, meetingId: registrations.meetingId, status: registrations.status, slug: meetings.slug })
      .from(registrations)
      .innerJoin(meetings, eq(meetings.id, registrations.meetingId))
      .where(
        and(
          eq(registrations.userId, actor.id),
          inArray(registrations.status, ['registered', 'waitlisted']),
          gt(meetings.startsAt, now),
        ),
      );
    const promotedIds: string[] = [];
    for (const meetingId of new Set(upcoming.map((r) => r.meetingId))) {
      const meeting = await lockMeeting(tx, meetingId);
      await tx
        .update(registrations)
        .set({ status: 'cancelled', cancelledAt: now, waitlistedAt: null })
        .where(and(eq(registrations.meetingId, meetingId), eq(registrations.userId, actor.id), inArray(registrations.status, ['registered', 'waitlisted'])));
      for (const registration of upcoming.filter((r) => r.meetingId === meetingId && r.status === 'registered')) {
        await notifyPartyRemoved(tx, registration.id, now);
      }
      if (meeting?.status === 'published') promotedIds.push(...(await promoteFromWaitlist(tx, meetingId)).map((p) => p.id));
    }

    // Kept anonymised: the rows stay, the person and their free text go. The people of the
    // person's parties lose their names, addresses and notes too (the counts stay): the person
    // gave them, and nobody is left to manage them. Then the person's own attendee rows anywhere.
    const ownParties = tx.select({ id: registrations.id }).from(registrations).where(eq(registrations.userId, actor.id));
    await tx.update(attendees).set({ name: '', email: null, note: null }).where(inArray(attendees.registrationId, ownParties));
    await tx.update(attendees).set({ name: '', email: null, note: null, userId: null }).where(eq(attendees.userId, actor.id));
    await tx.update(registrations).set({ userId: null, note: null }).where(eq(registrations.userId, actor.id));
    await tx.update(themes).set({ proposerId: null }).where(eq(themes.proposerId, actor.id));
    await tx.update(themeSupports).set({ userId: null }).where(eq(themeSupports.userId, actor.id));

    await tx.delete(emailOutbox).where(or(eq(emailOutbox.toUserId, actor.id), eq(emailOutbox.toEmail, actor.email)));
    await tx.delete(invitations).where(eq(invitations.email, actor.email));
    // The news subscription of the address goes with the account (a suppression, if any, stays: it only blocks).
    await tx.delete(subscriptions).where(sql`lower(${subscriptions.email}) = ${actor.email.toLowerCase()}`);
    await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, actor.email));
    await tx.delete(signInAttempts).where(eq(signInAttempts.key, `email:${actor.email}`));
    // Sessions, accounts and read receipts are removed with the user (on delete cascade).
    await tx.delete(users).where(eq(users.id, actor.id));
    // Whoever moved up into a freed seat is told, in the same transaction.
    for (const id of promotedIds) await notifyRegistration(tx, 'promoted', id, now);

    return { promotedIds, meetingSlugs: [...new Set(upcoming.map((r) => r.slug))] };
  });
  wakeOutboxWorker();
  return result;
}
