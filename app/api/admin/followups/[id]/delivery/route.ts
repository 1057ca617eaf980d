// The progress of a follow-up's email dispatch, polled by the follow-up page while it runs.
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { guardedRoute } from '@/lib/auth/route';
import { readDeliveryProgress } from '@/lib/mail/outbox-progress';
import { isRouteId } from '@/lib/validation/route-id';

export const dynamic = 'force-dynamic';

export const GET = guardedRoute<{ id: string }>('followup.manage', async (_request, { params }) => {
    if (!isRouteId(params.id)) return NextResponse.json({ error: 'not found' }, { status: 404 });
  const progress = await readDeliveryProgress(await getDb(), params.id);
  return NextResponse.json(progress, { headers: { 'Cache-Control': 'private, no-store' } });
});
