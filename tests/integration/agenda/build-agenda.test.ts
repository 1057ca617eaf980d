// Building an agenda: items in order, start times from the meeting's start, the total checked
// against the end, moving items up and down, and edits that would overwrite someone else's.
import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { agendaItems } from '@/db/schema';
import { addAgendaItem } from '@/lib/agenda/add-agenda-item';
import { deleteAgendaItem } from '@/lib/agenda/delete-agenda-item';
import { moveAgendaItem } from '@/lib/agenda/move-agenda-item';
import { updateAgendaItem } from '@/lib/agenda/update-agenda-item';
import type { AgendaItemInput } from '@/lib/agenda/schema';
import { readAgenda } from '@/lib/agenda/queries';
import { copenhagenTime, toLocalInputValue } from '@/lib/format/copenhagen-time';
import { makeMeeting, makeTheme } from '../../support/fixtures';
import { auditEntriesFor, makeAdmin, makeSpeaker } from '../../support/fixtures-admin';

const item = (overrides: Partial<AgendaItemInput> = {}): AgendaItemInput => ({
  kind: 'talk',
  title: 'Oplæg',
  description: '',
  durationMinutes: 20,
  themeId: null,
  speakerIds: [],
  ...overrides,
});

async function titlesIn(meetingId: string) {
  const db = await getDb();
  const rows = await db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(asc(agendaItems.position));
  expect(rows.map((r) => r.position)).toEqual(rows.map((_, i) => i));
  return rows.map((r) => r.title);
}

describe('the agenda builder', () => {
  let admin: Awaited<ReturnType<typeof makeAdmin>>;
  beforeAll(async () => {
    admin = await makeAdmin();
  });

  async function meetingWithThree() {
    const meeting = await makeMeeting({ startsAt: copenhagenTime(2031, 10, 8, 16, 0), endsAt: copenhagenTime(2031, 10, 8, 17, 0) });
    const db = await getDb();
    await addAgendaItem(db, admin, { ...item({ kind: 'welcome', title: 'Velkomst', durationMinutes: 10 }), meetingId: meeting.id });
    await addAgendaItem(db, admin, { ...item({ title: 'Oplæg om Letbanen', durationMinutes: 30 }), meetingId: meeting.id });
    await addAgendaItem(db, admin, { ...item({ kind: 'break', title: 'Pause', durationMinutes: 15 }), meetingId: meeting.id });
    return meeting;
  }

  it('adds items at the end and computes each start time from the meeting start (Copenhagen time)', async () => {
    const meeting = await meetingWithThree();
    const agenda = (await readAgenda(await getDb(), meeting.id))!;
    expect(agenda.items.map((i) => i.title)).toEqual(['Velkomst', 'Oplæg om Letbanen', 'Pause']);
    expect(agenda.items.map((i) => toLocalInputValue(i.startsAt).slice(11))).toEqual(['16:00', '16:10', '16:40']);
    expect(toLocalInputValue(agenda.items[2].endsAt).slice(11)).toBe('16:55');
    expect(agenda.fit).toMatchObject({ totalMinutes: 55, availableMinutes: 60, overrunMinutes: -5, fits: true });
  });

  it('says by how much the agenda runs past the meeting end', async () => {
    const meeting = await meetingWithThree();
    const db = await getDb();
    await addAgendaItem(db, admin, { ...item({ kind: 'networking', title: 'Netværk', durationMinutes: 20 }), meetingId: meeting.id });
    const agenda = (await readAgenda(db, meeting.id))!;
    expect(agenda.fit).toMatchObject({ totalMinutes: 75, overrunMinutes: 15, fits: false });
    expect(toLocalInputValue(agenda.fit.agendaEndsAt).slice(11)).toBe('17:15');
  });

  it('moves an item up and down, keeps positions without gaps, and does nothing at the ends', async () => {
    const meeting = await meetingWithThree();
    const db = await getDb();
    const agenda = (await readAgenda(db, meeting.id))!;
    const [welcome, talk, pause] = agenda.items;
    await moveAgendaItem(db, admin, { itemId: pause.id, direction: 'up' });
    expect(await titlesIn(meeting.id)).toEqual(['Velkomst', 'Pause', 'Oplæg om Letbanen']);
    await moveAgendaItem(db, admin, { itemId: welcome.id, direction: 'down' });
    expect(await titlesIn(meeting.id)).toEqual(['Pause', 'Velkomst', 'Oplæg om Letbanen']);
    const atEnd = await moveAgendaItem(db, admin, { itemId: talk.id, direction: 'down' });
    expect(atEnd.moved).toBe(false);
    expect(await titlesIn(meeting.id)).toEqual(['Pause', 'Velkomst', 'Oplæg om Letbanen']);
    const times = (await readAgenda(db, meeting.id))!.items.map((i) => toLocalInputValue(i.startsAt).slice(11));
    expect(times).toEqual(['16:00', '16:15', '16:25']);
    const entries = await auditEntriesFor(pause.id);
    expect(entries.map((e) => e.action)).toEqual(['agenda.add', 'agenda.move']);
    expect(entries[1].changes).toMatchObject({ position: { from: 2, to: 1 } });
  });

  it('removes an item and closes the gap', async () => {
    const meeting = await meetingWithThree();
    const db = await getDb();
    const [, talk] = (await readAgenda(db, meeting.id))!.items;
    await deleteAgendaItem(db, admin, { itemId: talk.id });
    expect(await titlesIn(meeting.id)).toEqual(['Velkomst', 'Pause']);
  });

  it('links a theme and speakers from the directory, and edits them', async () => {
    const meeting = await makeMeeting();
    const theme = await makeTheme();
    const anne = await makeSpeaker({ name: 'Anne Birk', external: true });
    const jan = await makeSpeaker({ name: 'Jan Eriksen' });
    const db = await getDb();
    const { item: added } = await addAgendaItem(db, admin, { ...item({ kind: 'theme', title: theme.title, themeId: theme.id, speakerIds: [anne.id] }), meetingId: meeting.id });
    let agenda = (await readAgenda(db, meeting.id))!;
    expect(agenda.items[0]).toMatchObject({ themeTitle: theme.title, speakers: [{ name: 'Anne Birk' }] });
    await updateAgendaItem(db, admin, {
      ...item({ kind: 'theme', title: 'Nyt navn', themeId: theme.id, speakerIds: [anne.id, jan.id], durationMinutes: 45 }),
      itemId: added.id,
      fingerprint: agenda.items[0].fingerprint,
    });
    agenda = (await readAgenda(db, meeting.id))!;
    expect(agenda.items[0]).toMatchObject({ title: 'Nyt navn', durationMinutes: 45 });
    expect(agenda.items[0].speakers.map((s) => s.name)).toEqual(['Anne Birk', 'Jan Eriksen']);
  });

  it('refuses an edit of an item someone else changed since it was opened', async () => {
    const meeting = await meetingWithThree();
    const db = await getDb();
    const [first] = (await readAgenda(db, meeting.id))!.items;
    await updateAgendaItem(db, admin, { ...item({ kind: 'welcome', title: 'Velkomst ved borgmesteren', durationMinutes: 10 }), itemId: first.id, fingerprint: first.fingerprint });
    await expect(
      updateAgendaItem(db, admin, { ...item({ kind: 'welcome', title: 'Goddag', durationMinutes: 5 }), itemId: first.id, fingerprint: first.fingerprint }),
    ).rejects.toMatchObject({ key: 'conflict' });
    expect((await readAgenda(db, meeting.id))!.items[0].title).toBe('Velkomst ved borgmesteren');
  });

  it('refuses a speaker that is not in the directory and adds nothing', async () => {
    const meeting = await makeMeeting();
    const db = await getDb();
    await expect(
      addAgendaItem(db, admin, { ...item({ speakerIds: ['00000000-0000-4000-8000-000000000000'] }), meetingId: meeting.id }),
    ).rejects.toMatchObject({ fieldErrors: { speakerIds: [{ key: 'choice' }] } });
    expect(await titlesIn(meeting.id)).toEqual([]);
  });
});
