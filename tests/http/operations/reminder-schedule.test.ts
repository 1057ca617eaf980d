// The reminders ride on the running server's own schedule: with nobody calling anything, a
// reminder that comes due is queued by the instance's outbox worker (at most a minute later) and
// delivered by it. Making the meeting needs the app server's database, which only PostgreSQL lets
// a second process open.
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const databaseUrl = inject('appDatabaseUrl');

describe.skipIf(!databaseUrl)('reminders on the server schedule (PostgreSQL only)', () => {
  let sql: postgres.Sql;
  const madeMeetings: string[] = [];
  beforeAll(() => {
    sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    // A published meeting tomorrow would otherwise be the next meeting for every test after this one.
    if (madeMeetings.length) await sql`update meetings set status = 'cancelled' where id in ${sql(madeMeetings)}`;
    await sql?.end();
  });

  it('queues and sends the reminder of a meeting whose window is open, once', { timeout: 120_000 }, async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const email = `reminder-${tag}@firma.test`;
    const [meeting] = await sql<{ id: string }[]>`
      insert into meetings (slug, title, place, status, starts_at, ends_at, reminder_days_before)
      values (${`paamindelse-${tag}`}, 'Påmindelsesmøde', 'Byrådssalen', 'published', now() + interval '1 day', now() + interval '1 day 2 hours', 2)
      returning id`;
    madeMeetings.push(meeting.id);
    const [user] = await sql<{ id: string }[]>`
      insert into users (id, email, name, role) values (gen_random_uuid()::text, ${email}, 'Rita Påmindet', 'company') returning id`;
    await sql`insert into registrations (meeting_id, user_id, status) values (${meeting.id}, ${user.id}, 'registered')`;

    let rows: { status: string; subject: string }[] = [];
    for (let waited = 0; waited < 90_000; waited += 2_000) {
      rows = await sql<{ status: string; subject: string }[]>`
        select status, subject from email_outbox where to_email = ${email} and kind = 'meeting-reminder'`;
      if (rows[0]?.status === 'sent') break;
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'sent', subject: expect.stringContaining('Påmindelse: Påmindelsesmøde') });
    const [attendee] = await sql<{ reminded_at: Date | null }[]>`select reminded_at from attendees where user_id = ${user.id}`;
    expect(attendee.reminded_at).toBeInstanceOf(Date);
  });
});
