// Drains the email outbox on a scheduler's call (docs/operations.md: "Sending queued email"). The
// caller is not a signed-in user but a machine holding CRON_SECRET, so the route is public to
// the gate and checks the secret itself; cross-origin is allowed because schedulers send no Origin.
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { guardedRoute } from '@/lib/auth/route';
import { hasCronSecret } from '@/lib/mail/cron-secret';
import { drainOutbox } from '@/lib/mail/outbox-worker';
import { pruneExpiredDataIfDue } from '@/lib/retention/run-on-schedule';
import { sendDueRemindersIfDue } from '@/lib/attendees/reminder-schedule';

export const dynamic = 'force-dynamic';
export const maxDuration = 60;

const drain = guardedRoute(
  'public',
  async (request) => {
    if (!hasCronSecret(request.headers.get('authorization'))) {
      return NextResponse.json({ error: 'unauthorized' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
    }
    // Reminders due now are queued first, so this call sends them too (lib/attendees).
    await sendDueRemindersIfDue(await getDb());
    const summary = await drainOutbox(await getDb(), { budgetMs: 45_000 });
    // The same schedule keeps the retention periods (lib/retention).
    await pruneExpiredDataIfDue(await getDb());
    return NextResponse.json(summary, { headers: { 'Cache-Control': 'no-store' } });
  },
  { allowCrossOrigin: true },
);

// POST for schedulers that can send one; GET for those that only call a URL (e.g. Vercel Cron).
export const POST = drain;
export const GET = drain;
