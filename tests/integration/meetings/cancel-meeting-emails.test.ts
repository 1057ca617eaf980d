// Cancelling a meeting queues one email per registrant in the cancelling transaction; the outbox
// worker delivers them in batches afterwards. Nothing reaches the provider while the admin waits,
// and neither a second cancel nor a second worker run emails anyone twice.
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { queueMeetingCancelledEmails } from '@/lib/meetings/meeting-cancel-emails';
import { changeMeetingStatus } from '@/lib/meetings/change-meeting-status';
import { drainOutbox } from '@/lib/mail/outbox-worker';
import { makeForumSettings, makeMeeting, makeUser } from '../../support/fixtures';
import { makeAdmin, makeRegistration } from '../../support/fixtures-admin';
import { batchRequests, deliveredEmails, tally, useLocalOutbox, useResend } from '../../support/fixtures-outbox';
import { startResendStub, type ResendStub } from '../../support/resend-stub';

const REGISTERED = 130;

async function cancellationRows(meetingId: string) {
  const db = await getDb();
  return db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.kind, 'meeting-cancelled'), like(emailOutbox.idempotencyKey, `meeting-cancelled:${meetingId}:%`)));
}

describe('cancelling a meeting with many registrants', () => {
  let stub: ResendStub;
  let admin: Awaited<ReturnType<typeof makeAdmin>>;
  beforeAll(async () => {
    await makeForumSettings();
    admin = await makeAdmin();
    stub = await startResendStub();
    useResend(stub);
  });
  afterAll(async () => {
    useLocalOutbox();
    await stub.close();
  });

  it('queues exactly one email per registrant in the cancelling transaction, sends none in the request, and the worker delivers each once', async () => {
    const db = await getDb();
    const meeting = await makeMeeting({ title: 'Stormødet' });
    const expected: string[] = [];
    for (let i = 0; i < REGISTERED; i++) {
      const user = await makeUser('company', { locale: i === 0 ? 'en' : 'da' });
      await makeRegistration({ meetingId: meeting.id, userId: user.id, companyId: user.companyId });
      expected.push(user.email);
    }
    const waitlisted = await makeUser('company');
    await makeRegistration({ meetingId: meeting.id, userId: waitlisted.id, status: 'waitlisted' });
    expected.push(waitlisted.email);
    const withdrawn = await makeUser('company');
    await makeRegistration({ meetingId: meeting.id, userId: withdrawn.id, status: 'cancelled' });
    const gone = await makeUser('company', { deactivatedAt: new Date() });
    await makeRegistration({ meetingId: meeting.id, userId: gone.id });

    stub.requests.length = 0;
    const result = await changeMeetingStatus(db, admin, { meetingId: meeting.id, version: meeting.version, change: 'cancel' });
    expect(result.meeting.status).toBe('cancelled');
    expect(result.notified).toBe(REGISTERED + 1);
    // The request made no provider call at all; the emails wait for the worker.
    expect(stub.requests).toHaveLength(0);

    const rows = await cancellationRows(meeting.id);
    expect(rows.map((r) => r.toEmail).sort()).toEqual([...expected].sort());
    expect(new Set(rows.map((r) => r.idempotencyKey)).size).toBe(rows.length);
    expect(rows.every((r) => r.status === 'pending')).toBe(true);
    const english = rows.find((r) => r.toEmail === expected[0])!;
    expect(english.subject).toBe('Cancelled: Stormødet');
    expect(rows.find((r) => r.toEmail === expected[1])!.subject).toBe('Aflyst: Stormødet');

    // A second cancel is refused and queues nothing; queuing again under the same keys adds nothing.
    await expect(
      changeMeetingStatus(db, admin, { meetingId: meeting.id, version: result.meeting.version, change: 'cancel' }),
    ).rejects.toMatchObject({ key: 'wrongStatus' });
    expect(await queueMeetingCancelledEmails(db, result.meeting)).toBe(0);
    expect(await cancellationRows(meeting.id)).toHaveLength(REGISTERED + 1);

    // The worker sends them in batches of at most 100; a second run finds nothing to send.
    await drainOutbox(db, { pauseMs: 0, sleep: async () => {} });
    await drainOutbox(db, { pauseMs: 0, sleep: async () => {} });
    expect(batchRequests(stub)).toHaveLength(2);
    const delivered = tally(deliveredEmails(stub));
    expect([...delivered.keys()].sort()).toEqual([...expected].sort());
    expect([...delivered.values()].every((n) => n === 1)).toBe(true);
    expect((await cancellationRows(meeting.id)).every((r) => r.status === 'sent')).toBe(true);
  });

  it('rolls the queued emails back with the cancellation when the transaction fails', async () => {
    const db = await getDb();
    const meeting = await makeMeeting({ title: 'Mødet der blev stående' });
    await makeRegistration({ meetingId: meeting.id });
    await expect(
      db.transaction(async (tx) => {
        expect(await queueMeetingCancelledEmails(tx, meeting)).toBe(1);
        throw new Error('the cancellation failed after queuing');
      }),
    ).rejects.toThrow('the cancellation failed');
    expect(await cancellationRows(meeting.id)).toHaveLength(0);
  });
});
