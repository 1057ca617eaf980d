// What the benchmark needs from a generated database: a signed-in secretariat user (a session
// row written directly, as Auth.js would after a sign-in) and the meeting whose pages it loads.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

export type BenchTargets = {
  cookie: string;
  /** A demo company user's session, for the portal's requests (similar themes). */
  companyCookie: string;
  meetingSlug: string;
  meetingId: string;
  meetingRegistrations: number;
  /** A meeting on today's date with the next meeting's people, so the check-in page shows its desk. */
  doorMeetingId: string;
};

export async function prepareTargets(databaseUrl: string): Promise<BenchTargets> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [user] = await sql<{ id: string }[]>`select id from users where email = 'erhverv@albertslund.test'`;
    const token = randomBytes(32).toString('hex');
    await sql`insert into sessions (session_token, user_id, expires) values (${token}, ${user.id}, now() + interval '8 hours')`;
    const [companyUser] = await sql<{ id: string }[]>`select id from users where email = 'direktoer@lysteknik.test'`;
    const companyToken = randomBytes(32).toString('hex');
    await sql`insert into sessions (session_token, user_id, expires) values (${companyToken}, ${companyUser.id}, now() + interval '8 hours')`;
    // The next published meeting: the one the home page points to and people register for.
    const [meeting] = await sql<{ id: string; slug: string; n: number }[]>`
      select m.id, m.slug, (select count(*)::int from registrations r where r.meeting_id = m.id) as n
      from meetings m where m.status = 'published' and m.starts_at > now() order by m.starts_at limit 1`;
    const doorMeetingId = await meetingToday(sql, meeting.id);
    return { cookie: `authjs.session-token=${token}`, companyCookie: `authjs.session-token=${companyToken}`, meetingSlug: meeting.slug, meetingId: meeting.id, meetingRegistrations: meeting.n, doorMeetingId };
  } finally {
    await sql.end();
  }
}

/**
 * A published meeting at 23.00 today (Copenhagen), holding a copy of `fromMeetingId`'s
 * registrations (their attendees come from the registrations trigger): check-in is open on it.
 */
async function meetingToday(sql: postgres.Sql, fromMeetingId: string): Promise<string> {
  const [made] = await sql<{ id: string }[]>`
    insert into meetings (slug, title, place, status, starts_at, ends_at, capacity)
    select 'bench-door-' || substr(md5(random()::text), 1, 8), 'Bench: check-in', place, 'published',
           (date_trunc('day', now() at time zone 'Europe/Copenhagen') + interval '23 hours') at time zone 'Europe/Copenhagen',
           (date_trunc('day', now() at time zone 'Europe/Copenhagen') + interval '23 hours 59 minutes') at time zone 'Europe/Copenhagen',
           capacity
      from meetings where id = ${fromMeetingId}
    returning id`;
  await sql`
    insert into registrations (meeting_id, user_id, company_id, colleagues, status, waitlisted_at)
    select ${made.id}, user_id, company_id, colleagues, status, waitlisted_at
      from registrations where meeting_id = ${fromMeetingId} and status <> 'cancelled'`;
  return made.id;
}
