// Sends a meeting invitation to 5,000 subscribers with the app's own code — the segment send
// (lib/invitations) and the outbox worker (lib/mail) — and lets the worker deliver it to the
// local stand-in for the Resend API, which enforces Resend's limit (429 past it). Prints one
// JSON line with the time against the rate-limit floor (batches of 100 at `perSecond`).
//
//   DATABASE_URL=… BENCH_RESEND_RATE=2 npx tsx --tsconfig bench/tsconfig.json bench/invitation.ts
// Runs on the benchmark database (npm run bench) or any migrated database: it adds its own
// upcoming meeting, 5,000 subscriptions and a sender, and clears its earlier run's invitation.
import { startRateLimitedResend } from './resend-stand-in';

const RECIPIENTS = Number(process.env.BENCH_INVITATION_RECIPIENTS ?? 5_000);
const perSecond = Number(process.env.BENCH_RESEND_RATE ?? 2);
const stub = await startRateLimitedResend(perSecond);
process.env.RESEND_API_KEY = 're_bench_stand_in';
process.env.RESEND_BASE_URL = stub.url;

const { getDb, closeDb } = await import('../db/client');
const { migrateDatabase } = await import('../db/migrate');
const { sendInvitation } = await import('../lib/invitations/send-invitation');
const { drainOutbox } = await import('../lib/mail/outbox-worker');
const { sql } = await import('drizzle-orm');

await migrateDatabase();
const db = await getDb();
const rows = (r: unknown) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as Record<string, string>[];
const slug = 'bench-invitation';
const startsAt = new Date(Date.now() + 30 * 86_400_000);
await db.execute(sql`
  insert into meetings (slug, title, description, starts_at, ends_at, place, status, published_at)
  values (${slug}, 'Benchmark: invitation', 'Et møde til måling af invitationen.', ${startsAt.toISOString()}, ${new Date(startsAt.getTime() + 7_200_000).toISOString()}, 'Albertslund Rådhus', 'published', now())
  on conflict (slug) do update set starts_at = excluded.starts_at, ends_at = excluded.ends_at, status = 'published'`);
const [meeting] = rows(await db.execute(sql`select id from meetings where slug = ${slug}`));
await db.execute(sql`insert into users (id, email, name, role) values ('bench-invitation-sender', 'bench-invitation-sender@example.test', 'Bench', 'secretariat') on conflict do nothing`);
await db.execute(sql`
  insert into subscriptions (email, locale, status, legal_basis, source, confirmed_at)
  select 'bench-invite-' || n || '@example.test', case when n % 5 = 0 then 'en' else 'da' end, 'active', 'consent', 'public-form', now()
  from generate_series(1, ${RECIPIENTS}) as n
  on conflict do nothing`);
// Each run starts from an uninvited meeting (a benchmark database, so this may be undone).
await db.execute(sql`delete from email_outbox where idempotency_key like ${`meeting-invitation:${meeting.id}:%`}`);
await db.execute(sql`delete from meeting_invitations where meeting_id = ${meeting.id}`);

const started = Date.now();
const sent = await sendInvitation(db, { id: 'bench-invitation-sender', email: 'bench-invitation-sender@example.test' }, { meetingId: meeting.id, choice: { kinds: ['subscribers'] } });
const sendMs = Date.now() - started;
const summary = await drainOutbox(db, { budgetMs: 600_000 });
const totalMs = Date.now() - started;

const batchCalls = stub.requests.filter((r) => r.path === '/emails/batch').length;
const emailsSent = stub.requests.reduce((n, r) => n + (Array.isArray(r.body) ? r.body.length : 1), 0);
// The floor: every batch of 100 is one request, and the limit allows `perSecond` of them a second.
const floorMs = perSecond > 0 ? (Math.ceil(sent.recipients / 100) / perSecond) * 1000 : 0;
console.log(
  JSON.stringify({
    recipients: sent.recipients,
    sendMs,
    drainMs: totalMs - sendMs,
    totalMs,
    floorMs,
    apiCalls: stub.requests.length,
    batchCalls,
    emailsSent,
    sent: summary.sent,
    failed: summary.failed,
    rateLimited: stub.refused(),
    perSecond,
  }),
);
await closeDb();
await stub.close();
