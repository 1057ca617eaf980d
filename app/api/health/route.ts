// GET /api/health for a load balancer and monitoring: 200 when this instance can serve (database
// reachable, migrations current), 503 otherwise. Public, like any health check, so it shows no
// personal data: states, a count and an age (lib/operations/health.ts).
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { guardedRoute } from '@/lib/auth/route';
import { readHealth } from '@/lib/operations/health';

export const dynamic = 'force-dynamic';

export const GET = guardedRoute('public', async () => {
  const health = await readHealth(getDb(), { now: new Date() });
  return NextResponse.json(health, {
    status: health.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
});
