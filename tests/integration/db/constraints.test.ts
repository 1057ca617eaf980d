// The database refuses the rows the code assumes never exist, whoever writes them: each CHECK
// constraint and the email kind enum, with the limits the forms use (lib/registrations/limits.ts).
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { agendaItems, emailOutbox, forumSettings, meetings, registrations } from '@/db/schema';
import { forumFacts } from '@/db/seed/demo-forum';
import { MAX_COLLEAGUES } from '@/lib/registrations/limits';
import { makeForumSettings, makeMeeting } from '../../support/fixtures';
import { makeAgendaItem, makeRegistration } from '../../support/fixtures-admin';
import { databaseRefusal } from '../../support/database-refusal';

const hour = 3600_000;

describe(`the database's own rules (${process.env.TEST_DB})`, () => {
  it('refuses a negative capacity and keeps 0 and no limit', async () => {
    expect(await databaseRefusal(makeMeeting({ capacity: -1 }))).toMatch(/check constraint "meetings_capacity_check"/);
    expect((await makeMeeting({ capacity: 0 })).capacity).toBe(0);
    expect((await makeMeeting({ capacity: null })).capacity).toBeNull();
  });

  it('refuses a meeting that ends when or before it starts, on insert and on update', async () => {
    const startsAt = new Date(Date.now() + 24 * hour);
    expect(await databaseRefusal(makeMeeting({ startsAt, endsAt: startsAt }))).toMatch(/check constraint "meetings_ends_after_start_check"/);
    expect(await databaseRefusal(makeMeeting({ startsAt, endsAt: new Date(startsAt.getTime() - hour) }))).toMatch(
      /check constraint "meetings_ends_after_start_check"/,
    );
    const meeting = await makeMeeting({ startsAt, endsAt: new Date(startsAt.getTime() + hour) });
    const db = await getDb();
    expect(
      await databaseRefusal(db.update(meetings).set({ startsAt: new Date(startsAt.getTime() + 2 * hour) }).where(eq(meetings.id, meeting.id))),
    ).toMatch(/check constraint "meetings_ends_after_start_check"/);
  });

  it(`takes 0 to ${MAX_COLLEAGUES} colleagues, the form's limits, and refuses more or fewer`, async () => {
    const meeting = await makeMeeting();
    expect((await makeRegistration({ meetingId: meeting.id, colleagues: 0 })).colleagues).toBe(0);
    expect((await makeRegistration({ meetingId: meeting.id, colleagues: MAX_COLLEAGUES })).colleagues).toBe(MAX_COLLEAGUES);
    for (const colleagues of [-1, MAX_COLLEAGUES + 1]) {
      expect(await databaseRefusal(makeRegistration({ meetingId: meeting.id, colleagues }))).toMatch(/check constraint "registrations_colleagues_check"/);
    }
    const db = await getDb();
    const count = await db.$count(registrations, eq(registrations.meetingId, meeting.id));
    expect(count).toBe(2);
  });

  it('refuses an agenda item of no time or less', async () => {
    const meeting = await makeMeeting();
    expect((await makeAgendaItem({ meetingId: meeting.id, position: 0, durationMinutes: 1 })).durationMinutes).toBe(1);
    for (const durationMinutes of [0, -15]) {
      expect(await databaseRefusal(makeAgendaItem({ meetingId: meeting.id, position: 1, durationMinutes }))).toMatch(
        /check constraint "agenda_items_duration_check"/,
      );
    }
    const db = await getDb();
    expect(await db.$count(agendaItems, eq(agendaItems.meetingId, meeting.id))).toBe(1);
  });

  it('holds one settings row, id 1', async () => {
    await makeForumSettings();
    const db = await getDb();
    expect(await databaseRefusal(db.insert(forumSettings).values({ id: 2, ...forumFacts }))).toMatch(
      /check constraint "forum_settings_single_row_check"/,
    );
    expect(await databaseRefusal(db.update(forumSettings).set({ id: 3 }))).toMatch(/check constraint "forum_settings_single_row_check"/);
    expect(await db.select({ id: forumSettings.id }).from(forumSettings)).toEqual([{ id: 1 }]);
  });

  it('takes only the kinds of email the app sends', async () => {
    const db = await getDb();
    const row = { toEmail: 'someone@example.test', subject: 's', html: 'h', text: 't' };
    await db.insert(emailOutbox).values({ ...row, kind: 'registration-confirmed', idempotencyKey: 'kind:known' });
    expect(
      await databaseRefusal(db.execute(sql`insert into email_outbox (kind, to_email, subject, html, text, idempotency_key) values ('newsletter', 'a@example.test', 's', 'h', 't', 'kind:unknown')`)),
    ).toMatch(/invalid input value for enum email_kind: "newsletter"/);
    expect(await db.$count(emailOutbox)).toBe(1);
  });
});
