// The council's statistics by segment: per meeting, invited, registered and attended, in total
// and by the segment the invitation went to, counted against fixture rows. A registration counts
// for every segment its person (by user or address) or its company was invited through; one that
// no invitation reached counts as not invited.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { invitationRecipients, meetingInvitations, registrations, type SegmentKind } from '@/db/schema';
import { readInvitationStatistics, readMeetingStatistics, type InvitationStatistics } from '@/lib/council/queries';
import { makeCompany, makeMeeting, makeUser } from '../../support/fixtures';

const day = 24 * 3600_000;

type Recipient = { email: string; segment: SegmentKind; userId?: string; companyId?: string };

async function invite(meetingId: string, recipients: Recipient[]) {
  const db = await getDb();
  const [invitation] = await db.insert(meetingInvitations).values({ meetingId, segments: { kinds: [...new Set(recipients.map((r) => r.segment))] } }).returning();
  await db.insert(invitationRecipients).values(recipients.map((r) => ({ invitationId: invitation.id, meetingId, ...r })));
}

async function register(meetingId: string, user: { id: string; companyId: string | null }, status: 'registered' | 'attended' | 'cancelled' | 'waitlisted', colleagues = 0) {
  const db = await getDb();
  await db.insert(registrations).values({ meetingId, userId: user.id, companyId: user.companyId, status, colleagues, attendedAt: status === 'attended' ? new Date() : null });
}

const segmentsOf = (row: InvitationStatistics[number]) => Object.fromEntries(row.segments.map((s) => [s.segment, [s.invited, s.registered, s.attended]]));

describe('the council statistics by segment', () => {
  let held: Awaited<ReturnType<typeof makeMeeting>>;
  let upcoming: Awaited<ReturnType<typeof makeMeeting>>;
  let quiet: Awaited<ReturnType<typeof makeMeeting>>;
  let cancelled: Awaited<ReturnType<typeof makeMeeting>>;

  beforeAll(async () => {
    held = await makeMeeting({ startsAt: new Date(Date.now() - 10 * day), title: 'Afholdt møde' });
    upcoming = await makeMeeting({ startsAt: new Date(Date.now() + 10 * day), title: 'Kommende møde' });
    quiet = await makeMeeting({ startsAt: new Date(Date.now() + 20 * day), title: 'Møde uden invitationer' });
    cancelled = await makeMeeting({ startsAt: new Date(Date.now() - 5 * day), status: 'cancelled' });

    const companyA = await makeCompany({ email: 'kontakt@a.test' });
    const a1 = await makeUser('company', { companyId: companyA.id, email: 'a1@a.test' });
    const a2 = await makeUser('company', { companyId: companyA.id, email: 'a2@a.test' });
    const b1 = await makeUser('company', { email: 'B.One@Example.test' });
    const council = await makeUser('council', { email: 'raad@albertslund.test' });
    const d1 = await makeUser('company', { email: 'd1@d.test' });
    const e1 = await makeUser('company', { email: 'e1@e.test' });
    const f1 = await makeUser('company', { email: 'f1@f.test' });

    await invite(held.id, [
      // a1 as a subscriber, and a1's company through the companies segment: both count a1.
      { email: 'a1@a.test', segment: 'subscribers', userId: a1.id },
      { email: 'kontakt@a.test', segment: 'companies', companyId: companyA.id },
      // Reached by address only (a subscriber without an account link), stored in lower case.
      { email: 'b.one@example.test', segment: 'earlier-attendees' },
      { email: 'raad@albertslund.test', segment: 'council', userId: council.id },
      { email: 'e1@e.test', segment: 'proposers', userId: e1.id },
      // Invited, never registered.
      { email: 'abonnent@example.test', segment: 'subscribers' },
    ]);
    // d1 was invited to another meeting only: not invited to this one.
    await invite(upcoming.id, [
      { email: 'd1@d.test', segment: 'companies', userId: d1.id, companyId: d1.companyId! },
      { email: 'a1@a.test', segment: 'subscribers', userId: a1.id },
    ]);

    await register(held.id, a1, 'attended', 2);
    await register(held.id, a2, 'attended');
    await register(held.id, b1, 'attended');
    await register(held.id, council, 'registered');
    await register(held.id, d1, 'attended');
    await register(held.id, e1, 'cancelled');
    await register(held.id, f1, 'waitlisted');
    await register(upcoming.id, a1, 'registered');
    await register(upcoming.id, b1, 'registered');
    await register(cancelled.id, a1, 'attended');
  });

  it('counts a held meeting by segment: overlapping segments, reached by address, and the not invited', async () => {
    const stats = await readInvitationStatistics(await getDb());
    const row = stats.find((m) => m.id === held.id)!;
    expect(row).toMatchObject({ title: 'Afholdt møde', invited: 6, registered: 5, attended: 4 });
    // [invited, registered, attended]
    expect(segmentsOf(row)).toEqual({
      subscribers: [2, 1, 1],
      companies: [1, 2, 2],
      'earlier-attendees': [1, 1, 1],
      proposers: [1, 0, 0],
      council: [1, 1, 0],
      'not-invited': [0, 1, 1],
    });
    // Each invited address is one row, whatever segment it came through.
    expect(row.segments.reduce((sum, s) => sum + s.invited, 0)).toBe(row.invited);
  });

  it('counts an upcoming meeting once invitations are sent, and leaves out meetings with neither invitations nor a held date', async () => {
    const stats = await readInvitationStatistics(await getDb());
    const row = stats.find((m) => m.id === upcoming.id)!;
    expect(row).toMatchObject({ invited: 2, registered: 2, attended: 0 });
    expect(segmentsOf(row)).toMatchObject({ subscribers: [1, 1, 0], companies: [1, 0, 0], 'not-invited': [0, 1, 0] });
    const ids = stats.map((m) => m.id);
    expect(ids).not.toContain(quiet.id);
    expect(ids).not.toContain(cancelled.id);
    expect(ids.indexOf(held.id)).toBeLessThan(ids.indexOf(upcoming.id));
  });

  it('keeps the participation statistics as they were (seats with colleagues, held meetings only)', async () => {
    const stats = await readMeetingStatistics(await getDb());
    expect(stats.meetings.map((m) => m.id)).toEqual([held.id]);
    // Attendance was taken: the four who attended, a1 with two colleagues.
    expect(stats.meetings[0]).toMatchObject({ attendanceTaken: true, participants: 6, companies: 3 });
  });
});
