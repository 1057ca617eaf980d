// Invitations to a segment: the counts the page shows against the rows the send writes
// (overlaps once, suppressed and already invited left out), the meetings that take none, exactly
// once under two sends at once, the recipients' languages, the test send and the email itself.
import { and, asc, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, emailOutbox, invitationRecipients, meetingInvitations } from '@/db/schema';
import { readInvitationHistory, readInvitationProgress } from '@/lib/invitations/queries';
import { segmentChoiceSchema } from '@/lib/invitations/schema';
import { resolveSegments } from '@/lib/invitations/segments';
import { sendInvitation } from '@/lib/invitations/send-invitation';
import { sendInvitationTest } from '@/lib/invitations/send-invitation-test';
import { drainOutbox } from '@/lib/mail/outbox-worker';
import { readCouncilRsvpCode } from '@/lib/invitations/council-rsvp-link';
import { actorFrom } from '../../support/fixtures-followups';
import { emptyDirectory, makeDirectory, makeUpcomingMeeting } from '../../support/fixtures-invitations';
import { deliveredEmails, tally, useLocalOutbox, useResend } from '../../support/fixtures-outbox';
import { makeMeeting } from '../../support/fixtures';
import { startResendStub, type ResendStub } from '../../support/resend-stub';

const everySegment = { kinds: ['subscribers', 'companies', 'earlier-attendees', 'proposers', 'council'], industryCodes: ['464900'] };
const parse = (choice: { kinds: string[]; industryCodes?: string[]; employeesBands?: string[] }) => segmentChoiceSchema.parse(choice);
const noPause = { pauseMs: 0 };

describe('invitations to a segment', () => {
  let stub: ResendStub;
  beforeAll(async () => {
    stub = await startResendStub();
  });
  beforeEach(async () => {
    useLocalOutbox();
    await emptyDirectory();
  });
  afterAll(async () => {
    useLocalOutbox();
    await stub.close();
  });

  it('counts each segment and the total against the rows the send writes: overlaps once, suppressed left out', async () => {
    const d = await makeDirectory();
    const meeting = await makeUpcomingMeeting();
    const db = await getDb();
    const { counts } = await resolveSegments(db, meeting.id, parse(everySegment));
    // Company A's address is a business-service contact, so a subscriber too; company D's CVR
    // address has no legal basis recorded and is not reached (companies: a and uA only).
    expect(counts).toEqual({
      bySegment: { subscribers: 3, companies: 2, 'earlier-attendees': 2, proposers: 2, council: 1 },
      total: 7,
      suppressed: 1,
      alreadyInvited: 0,
    });

    const result = await sendInvitation(db, actorFrom(d.admin), { meetingId: meeting.id, choice: everySegment });
    expect(result.recipients).toBe(7);
    const rows = await db.select().from(invitationRecipients).where(eq(invitationRecipients.meetingId, meeting.id));
    expect(new Map(rows.map((r) => [r.email, r.segment]))).toEqual(
      new Map([
        [d.s1, 'subscribers'],
        [d.s2, 'subscribers'],
        [d.a, 'companies'],
        [d.uA.email, 'earlier-attendees'],
        [d.uX.email, 'earlier-attendees'],
        [d.uP.email, 'proposers'],
        [d.c1.email, 'council'],
      ]),
    );
    const queued = await db.select().from(emailOutbox).where(eq(emailOutbox.kind, 'meeting-invitation'));
    expect(queued.map((r) => r.toEmail).sort()).toEqual(rows.map((r) => r.email).sort());
    expect(queued.every((r) => r.idempotencyKey === `meeting-invitation:${meeting.id}:${r.toEmail}`)).toBe(true);
    expect(queued.every((r) => r.priority === queued[0].priority)).toBe(true);

    // The page's count after sending: nobody new; the company filter by size reaches B's
    // address, which is subscriber s2, already invited.
    const after = await resolveSegments(db, meeting.id, parse(everySegment));
    expect(after.counts).toMatchObject({ total: 0, alreadyInvited: 7, suppressed: 1 });
    const bySize = await resolveSegments(db, meeting.id, parse({ kinds: ['companies'], employeesBands: ['1-4'] }));
    expect(bySize.counts).toMatchObject({ bySegment: { companies: 1 }, total: 1, alreadyInvited: 1 });
    expect(bySize.recipients.map((r) => r.email)).toEqual([d.uB.email]);
    // A second invitation reaches only the new address; the history counts each invitation's own.
    const second = await sendInvitation(db, actorFrom(d.admin), { meetingId: meeting.id, choice: { kinds: ['companies'], employeesBands: ['1-4'] } }, { now: new Date(Date.now() + 1000) });
    expect(second.recipients).toBe(1);
    const history = await readInvitationHistory(db, meeting.id);
    expect(history.map((h) => [h.recipients, h.segments.kinds])).toEqual([
      [1, ['companies']],
      [7, everySegment.kinds],
    ]);

    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'invitation.send'), eq(auditLog.entityId, meeting.id))).orderBy(asc(auditLog.createdAt)).limit(1);
    expect(entry).toMatchObject({ actorId: d.admin.id, entityId: meeting.id });
    expect(entry.changes).toMatchObject({ recipients: 7, segments: { kinds: everySegment.kinds, industryCodes: ['464900'] } });
  });

  it('writes each recipient in their language: the user’s, else the subscription’s, else Danish', async () => {
    const d = await makeDirectory();
    const meeting = await makeUpcomingMeeting();
    const db = await getDb();
    await sendInvitation(db, actorFrom(d.admin), { meetingId: meeting.id, choice: everySegment });
    const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.kind, 'meeting-invitation'));
    const subjectOf = (email: string) => rows.find((r) => r.toEmail === email)!.subject;
    expect(subjectOf(d.uA.email)).toMatch(/^Invitation: Erhvervsforum, oktober, .*\d{4}$/);
    const english = [d.uA.email, d.s1, d.c1.email];
    const danish = [d.a, d.s2, d.uX.email, d.uP.email];
    for (const email of english) expect(rows.find((r) => r.toEmail === email)!.text).toContain('See the meeting and register');
    for (const email of danish) expect(rows.find((r) => r.toEmail === email)!.text).toContain('Se mødet og tilmeld dig');
  });

  it('shows the meeting, its themes and agenda, the registration link, and answer links to the council only', async () => {
    const d = await makeDirectory();
    const meeting = await makeUpcomingMeeting();
    const db = await getDb();
    await sendInvitation(db, actorFrom(d.admin), { meetingId: meeting.id, choice: everySegment });
    const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.kind, 'meeting-invitation'));
    const danish = rows.find((r) => r.toEmail === d.uX.email)!;
    const council = rows.find((r) => r.toEmail === d.c1.email)!;
    for (const row of [danish, council]) {
      expect(row.text).toContain('Erhvervsforum, oktober');
      expect(row.text).toContain('Albertslund Rådhus, Nordmarks Allé 1, 2620 Albertslund');
      expect(row.text).toContain('Grøn omstilling i industrien');
      expect(row.text).toContain('Velkomst ved borgmesteren');
      expect(row.text).toContain('Oplæg om Letbanen');
      expect(row.html).toContain('<strong>grøn omstilling</strong>');
      expect(row.text).toContain(`/feeds/meetings/${meeting.slug}.ics`);
    }
    expect(danish.text).toMatch(new RegExp(`https?://[^\\s/]+/meetings/${meeting.slug}`));
    expect(council.text).toContain(`/en/meetings/${meeting.slug}`);
    // Danish time in Copenhagen: "kl. 16.00" style.
    expect(danish.text).toMatch(/kl\. \d{2}\.\d{2}/);
    expect(danish.text).not.toContain('council/rsvp');
    expect(danish.text).not.toContain('Jeg kommer');
    expect(council.text).toContain('I am coming');
    const links = [...council.text.matchAll(/\/en\/council\/rsvp\?code=([^&\s]+)&answer=(coming|not-coming)/g)];
    expect(links.map((m) => m[2])).toEqual(['coming', 'not-coming']);
    expect(readCouncilRsvpCode(decodeURIComponent(links[0][1]))).toEqual({ meetingId: meeting.id, userId: d.c1.id });
  });

  it('refuses drafts, cancelled and past meetings and writes nothing', async () => {
    const d = await makeDirectory();
    const db = await getDb();
    const cases = [
      [await makeUpcomingMeeting({ status: 'draft' }), 'refused.draft'],
      [await makeUpcomingMeeting({ status: 'cancelled' }), 'refused.cancelled'],
      [await makeMeeting({ startsAt: new Date(Date.now() - 3600_000) }), 'refused.past'],
    ] as const;
    for (const [meeting, key] of cases) {
      await expect(sendInvitation(db, actorFrom(d.admin), { meetingId: meeting.id, choice: everySegment })).rejects.toMatchObject({ key });
      await expect(sendInvitationTest(db, actorFrom(d.admin), { meetingId: meeting.id })).rejects.toMatchObject({ key });
    }
    expect(await db.select().from(meetingInvitations)).toHaveLength(0);
    expect(await db.select().from(emailOutbox)).toHaveLength(0);
  });

  it('refuses a choice of no segment', async () => {
    const d = await makeDirectory();
    const meeting = await makeUpcomingMeeting();
    await expect(sendInvitation(await getDb(), actorFrom(d.admin), { meetingId: meeting.id, choice: { kinds: [] } })).rejects.toMatchObject({ key: 'chooseSegment' });
  });

  it('sends a test to the sender alone, marked as a test, and invites nobody', async () => {
    const d = await makeDirectory();
    const meeting = await makeUpcomingMeeting();
    const db = await getDb();
    await sendInvitationTest(db, actorFrom({ ...d.admin, locale: 'en' }), { meetingId: meeting.id });
    const rows = await db.select().from(emailOutbox);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ toEmail: d.admin.email, kind: 'meeting-invitation-test' });
    expect(rows[0].subject).toMatch(/^\[Test\] Invitation: Erhvervsforum, oktober/);
    expect(rows[0].text).toContain('This is a test.');
    expect(await db.select().from(invitationRecipients)).toHaveLength(0);
    expect(await readInvitationProgress(db, meeting.id)).toMatchObject({ total: 0 });
  });

  it('reaches each recipient exactly once through Resend when two admins send at once', async () => {
    const d = await makeDirectory();
    const meeting = await makeUpcomingMeeting();
    const db = await getDb();
    useResend(stub);
    stub.reset();
    const presses = await Promise.allSettled([
      sendInvitation(db, actorFrom(d.admin), { meetingId: meeting.id, choice: everySegment }),
      sendInvitation(db, actorFrom(d.c1), { meetingId: meeting.id, choice: everySegment }),
    ]);
    expect(presses.filter((p) => p.status === 'fulfilled')).toHaveLength(1);
    const refused = presses.find((p) => p.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ key: 'noRecipients' });
    expect(await db.select().from(meetingInvitations)).toHaveLength(1);
    await Promise.all([drainOutbox(db, { ...noPause, batchSize: 3 }), drainOutbox(db, { ...noPause, batchSize: 3 })]);
    // A press after delivery adds nothing either.
    await expect(sendInvitation(db, actorFrom(d.admin), { meetingId: meeting.id, choice: everySegment })).rejects.toMatchObject({ key: 'noRecipients' });
    await drainOutbox(db, noPause);
    const expected = [d.s1, d.s2, d.a, d.uA.email, d.uX.email, d.uP.email, d.c1.email];
    expect(tally(deliveredEmails(stub))).toEqual(new Map(expected.map((e) => [e, 1])));
    expect(await readInvitationProgress(db, meeting.id)).toMatchObject({ total: 7, sent: 7, pending: 0, done: true });
    const rows = await db.select().from(emailOutbox).where(and(eq(emailOutbox.kind, 'meeting-invitation'), like(emailOutbox.idempotencyKey, `meeting-invitation:${meeting.id}:%`)));
    expect(rows).toHaveLength(7);
  });
});
