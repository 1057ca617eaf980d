// What the public meeting pages read: never drafts; seats counted with colleagues; the agenda
// in order with its speakers, external ones marked.
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { agendaItems, agendaItemSpeakers, registrations, speakers } from '@/db/schema';
import { readMeetingPage, readPublicMeetings } from '@/lib/meetings/queries';
import { makeMeeting, makeUser } from '../../support/fixtures';

describe('public meeting reads', () => {
  it('never return a draft, by list or by address', async () => {
    const db = await getDb();
    const draft = await makeMeeting({ status: 'draft', title: 'Kladde' });
    const cancelled = await makeMeeting({ status: 'cancelled' });
    const list = await readPublicMeetings(db);
    expect(list.map((m) => m.id)).not.toContain(draft.id);
    expect(list.find((m) => m.id === cancelled.id)?.status).toBe('cancelled');
    expect(await readMeetingPage(db, draft.slug)).toBeNull();
  });

  it('count seats as people plus colleagues, and the waitlist apart', async () => {
    const db = await getDb();
    const meeting = await makeMeeting({ capacity: 10 });
    const [a, b, c] = [await makeUser('company'), await makeUser('company'), await makeUser('company')];
    await db.insert(registrations).values([
      { meetingId: meeting.id, userId: a.id, colleagues: 2, status: 'registered' },
      { meetingId: meeting.id, userId: b.id, colleagues: 0, status: 'waitlisted', waitlistedAt: new Date() },
      { meetingId: meeting.id, userId: c.id, colleagues: 5, status: 'cancelled' },
    ]);
    const page = await readMeetingPage(db, meeting.slug);
    expect(page).toMatchObject({ seatsTaken: 3, waiting: 1 });
  });

  it('give the agenda in order with its speakers', async () => {
    const db = await getDb();
    const meeting = await makeMeeting();
    const [second, first] = await db
      .insert(agendaItems)
      .values([
        { meetingId: meeting.id, position: 1, kind: 'talk', title: 'Oplæg om Letbanen', durationMinutes: 30 },
        { meetingId: meeting.id, position: 0, kind: 'welcome', title: 'Velkomst', durationMinutes: 10 },
      ])
      .returning();
    const [expert] = await db.insert(speakers).values({ name: 'Jonas Friis', organisation: 'Hovedstadens Letbane', external: true }).returning();
    await db.insert(agendaItemSpeakers).values({ agendaItemId: second.id, speakerId: expert.id });
    const page = await readMeetingPage(db, meeting.slug);
    expect(page!.agenda.map((i) => i.id)).toEqual([first.id, second.id]);
    expect(page!.agenda[1].speakers).toEqual([expect.objectContaining({ name: 'Jonas Friis', external: true })]);
  });
});
