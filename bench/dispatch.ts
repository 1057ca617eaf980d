// Dispatches the participant email of the generated annual conference (10,000 participants)
// with the app's own code — the dispatch (lib/followups) and the outbox worker (lib/mail) — and
// lets the worker deliver it to a local stand-in for the Resend API. Prints one JSON line.
//
//   DATABASE_URL=… BENCH_RESEND_RATE=2 npx tsx --tsconfig bench/tsconfig.json bench/dispatch.ts
// (the tsconfig maps `server-only`, which only Next's bundler knows, to an empty module).
import { CONFERENCE_SLUG } from './generate-data';
import { startRateLimitedResend } from './resend-stand-in';

// Requests per second the stand-in allows (Resend's default for a team is 2; 0: no limit).
const perSecond = Number(process.env.BENCH_RESEND_RATE ?? 2);
const stub = await startRateLimitedResend(perSecond);
process.env.RESEND_API_KEY = 're_bench_stand_in';
process.env.RESEND_BASE_URL = stub.url;

const { getDb, closeDb } = await import('../db/client');
const { dispatchParticipantEmail } = await import('../lib/followups/dispatch-participant-email');
const { drainOutbox } = await import('../lib/mail/outbox-worker');
const { sql } = await import('drizzle-orm');

const db = await getDb();
const rows = (r: unknown) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as Record<string, string>[];
const [meeting] = rows(await db.execute(sql`select id from meetings where slug = ${CONFERENCE_SLUG}`));
const [actor] = rows(await db.execute(sql`select id, email from users where email = 'erhverv@albertslund.test'`));
// Each run starts from an undispatched email (a benchmark database, so this may be undone).
await db.execute(sql`delete from email_outbox where followup_id in (select id from followups where meeting_id = ${meeting.id})`);
await db.execute(sql`delete from followups where meeting_id = ${meeting.id} and kind = 'participant_email'`);

const started = Date.now();
const dispatched = await dispatchParticipantEmail(db, { id: actor.id, email: actor.email }, {
  meetingId: meeting.id,
  title: 'Tak for i dag',
  body: 'Tak fordi du deltog i årskonferencen.\n\nHer er **præsentationerne** og de næste skridt.',
});
const dispatchMs = Date.now() - started;
// The worker as the app runs it, with a longer time budget so one call drains everything.
const summary = await drainOutbox(db, { budgetMs: 300_000 });
const totalMs = Date.now() - started;

const batchCalls = stub.requests.filter((r) => r.path === '/emails/batch').length;
const emailsSent = stub.requests.reduce((n, r) => n + (Array.isArray(r.body) ? r.body.length : 1), 0);
console.log(
  JSON.stringify({
    recipients: dispatched.recipients,
    dispatchMs,
    drainMs: totalMs - dispatchMs,
    totalMs,
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
