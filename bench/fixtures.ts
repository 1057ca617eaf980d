// What the benchmark needs from a generated database: a signed-in secretariat user (a session
// row written directly, as Auth.js would after a sign-in) and the meeting whose pages it loads.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

export type BenchTargets = { cookie: string; meetingSlug: string; meetingId: string; meetingRegistrations: number };

export async function prepareTargets(databaseUrl: string): Promise<BenchTargets> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [user] = await sql<{ id: string }[]>`select id from users where email = 'erhverv@albertslund.test'`;
    const token = randomBytes(32).toString('hex');
    await sql`insert into sessions (session_token, user_id, expires) values (${token}, ${user.id}, now() + interval '8 hours')`;
    // The next published meeting: the one the home page points to and people register for.
    const [meeting] = await sql<{ id: string; slug: string; n: number }[]>`
      select m.id, m.slug, (select count(*)::int from registrations r where r.meeting_id = m.id) as n
      from meetings m where m.status = 'published' and m.starts_at > now() order by m.starts_at limit 1`;
    return { cookie: `authjs.session-token=${token}`, meetingSlug: meeting.slug, meetingId: meeting.id, meetingRegistrations: meeting.n };
  } finally {
    await sql.end();
  }
}
