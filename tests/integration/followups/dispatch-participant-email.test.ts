// The email to the participants: who receives it, in which language, a test to oneself, and
// exactly once per recipient from the dispatch button to what Resend receives.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { emailOutbox, followups } from '@/db/schema';
import { dispatchParticipantEmail } from '@/lib/followups/dispatch-participant-email';
import { sendParticipantEmailTest } from '@/lib/followups/send-participant-email-test';
import { readParticipantRecipients } from '@/lib/followups/queries';
import { readDeliveryProgress } from '@/lib/mail/outbox-progress';
import { drainOutbox } from '@/lib/mail/outbox-worker';
import { makeUser } from '../../support/fixtures';
import { actorFrom, makeHeldMeeting } from '../../support/fixtures-followups';
import { deliveredEmails, tally, useLocalOutbox, useResend } from '../../support/fixtures-outbox';
import { startResendStub, type ResendStub } from '../../support/resend-stub';

// Real waits: the Resend stand-in keeps the 2 requests/s limit.
const noPause = { pauseMs: 0 };
const content = (meetingId: string) => ({ meetingId, title: 'Tak for i går', body: 'Kære deltager\n\nTak for **et godt møde**.' });

describe('the email to the participants', () => {
  let admin: Awaited<ReturnType<typeof makeUser>>;
  let stub: ResendStub;
  beforeAll(async () => {
    admin = await makeUser('secretariat', { locale: 'en' });
    stub = await startResendStub();
  });
  beforeEach(() => useLocalOutbox());
  afterAll(async () => {
    useLocalOutbox();
    await stub.close();
  });

  it('goes to those who attended, once attendance was taken, and not to deactivated accounts', async () => {
    const { meeting, people } = await makeHeldMeeting({
      people: [{ status: 'attended' }, { status: 'attended', deactivated: true }, { status: 'registered' }, { status: 'waitlisted' }, { status: 'cancelled' }],
    });
    const recipients = await readParticipantRecipients(await getDb(), meeting.id);
    expect(recipients.map((r) => r.email)).toEqual([people[0].user.email]);
  });

  it('goes to everyone registered when attendance was not taken', async () => {
    const { meeting, people } = await makeHeldMeeting({ people: [{ status: 'registered' }, { status: 'registered' }, { status: 'waitlisted' }] });
    const recipients = await readParticipantRecipients(await getDb(), meeting.id);
    expect(recipients.map((r) => r.email).sort()).toEqual([people[0].user.email, people[1].user.email].sort());
  });

  it('queues one email per recipient in their own language with the body rendered from markdown', async () => {
    const { meeting, people } = await makeHeldMeeting({ people: [{ locale: 'da' }, { locale: 'en' }] });
    const db = await getDb();
    const { followupId, recipients } = await dispatchParticipantEmail(db, actorFrom(admin), content(meeting.id));
    expect(recipients).toBe(2);
    const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.followupId, followupId));
    const da = rows.find((r) => r.toEmail === people[0].user.email)!;
    const en = rows.find((r) => r.toEmail === people[1].user.email)!;
    expect(da).toMatchObject({ subject: 'Tak for i går', kind: 'participant-followup', toUserId: people[0].user.id, status: 'pending' });
    expect(da.html).toContain('<strong>et godt møde</strong>');
    expect(da.text).toContain('Du får denne e-mail, fordi du deltog i Erhvervsforum, maj.');
    expect(en.text).toContain('You are receiving this email because you took part in Erhvervsforum, maj.');
    expect(da.text).toContain(`/meetings/${meeting.slug}`);
    expect(en.text).toContain(`/en/meetings/${meeting.slug}`);
    // Keyed by address: a colleague who came has no account of their own.
    expect(da.idempotencyKey).toBe(`participant-followup:${followupId}:${people[0].user.email.toLowerCase()}`);
    const [row] = await db.select().from(followups).where(eq(followups.id, followupId));
    expect(row).toMatchObject({ status: 'dispatched', dispatchedById: admin.id });
  });

  it('sends a test to the admin alone, marked as a test, and leaves the email a draft', async () => {
    const { meeting } = await makeHeldMeeting({ people: [{}] });
    const db = await getDb();
    const { followupId } = await sendParticipantEmailTest(db, actorFrom(admin), content(meeting.id));
    await drainOutbox(db, noPause);
    const tests = await db.select().from(emailOutbox).where(eq(emailOutbox.toEmail, admin.email));
    expect(tests).toHaveLength(1);
    expect(tests[0]).toMatchObject({ kind: 'participant-followup-test', subject: '[Test] Tak for i går', status: 'sent', followupId: null });
    expect(tests[0].text).toContain('This is a test.');
    const [row] = await db.select().from(followups).where(eq(followups.id, followupId));
    expect(row.status).toBe('draft');
    expect(row.previewedAt).not.toBeNull();
    expect(await readDeliveryProgress(db, followupId)).toMatchObject({ total: 0 });
  });

  it('refuses to dispatch with nobody to receive it, or before the meeting is held', async () => {
    const db = await getDb();
    const empty = await makeHeldMeeting();
    await expect(dispatchParticipantEmail(db, actorFrom(admin), content(empty.meeting.id))).rejects.toMatchObject({ key: 'noRecipients' });
    const future = await makeHeldMeeting({ startsAt: new Date(Date.now() + 86_400_000), people: [{ status: 'registered' }] });
    await expect(dispatchParticipantEmail(db, actorFrom(admin), content(future.meeting.id))).rejects.toMatchObject({ key: 'notHeld' });
    const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.kind, 'participant-followup'));
    expect(rows.some((r) => r.toEmail === future.people[0].user.email)).toBe(false);
  });

  it('reaches each participant exactly once through Resend when dispatch is pressed twice at once and two workers drain', async () => {
    useResend(stub);
    stub.reset();
    const { meeting, people } = await makeHeldMeeting({ people: Array.from({ length: 12 }, () => ({ status: 'attended' as const })) });
    const db = await getDb();
    await db.delete(emailOutbox); // what earlier tests queued is not this test's business
    const presses = await Promise.allSettled([
      dispatchParticipantEmail(db, actorFrom(admin), content(meeting.id)),
      dispatchParticipantEmail(db, actorFrom(admin), content(meeting.id)),
    ]);
    expect(presses.filter((p) => p.status === 'fulfilled')).toHaveLength(1);
    const { followupId } = (presses.find((p) => p.status === 'fulfilled') as PromiseFulfilledResult<{ followupId: string }>).value;
    await Promise.all([drainOutbox(db, { ...noPause, batchSize: 5 }), drainOutbox(db, { ...noPause, batchSize: 5 })]);
    // A third press after delivery adds nothing either.
    await expect(dispatchParticipantEmail(db, actorFrom(admin), content(meeting.id))).rejects.toMatchObject({ key: 'alreadyDispatched' });
    await drainOutbox(db, noPause);

    expect(tally(deliveredEmails(stub))).toEqual(new Map(people.map((p) => [p.user.email, 1])));
    expect(await readDeliveryProgress(db, followupId)).toMatchObject({ total: 12, sent: 12, pending: 0, failed: 0, done: true });
  });
});
