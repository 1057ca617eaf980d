// The progress of a follow-up's email dispatch, polled by the follow-up page while it runs.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { guardedRoute } from '@/lib/auth/route';
import { readDeliveryProgress } from '@/lib/mail/outbox-progress';

export const dynamic = 'force-dynamic';

export const GET = guardedRoute<{ id: string }>('followup.manage', async (_request, { params }) => {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) return NextResponse.json({ error: 'not found' }, { status: 404 });
  const progress = await readDeliveryProgress(await getDb(), id.data);
  return NextResponse.json(progress, { headers: { 'Cache-Control': 'private, no-store' } });
});
