// The delivery progress of a meeting's invitation emails, polled by the invitation page while it runs.
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { guardedRoute } from '@/lib/auth/route';
import { readInvitationProgress } from '@/lib/invitations/queries';
import { isRouteId } from '@/lib/validation/route-id';

export const dynamic = 'force-dynamic';

export const GET = guardedRoute<{ id: string }>('meeting.manage', async (_request, { params }) => {
  if (!isRouteId(params.id)) return NextResponse.json({ error: 'not found' }, { status: 404 });
  const progress = await readInvitationProgress(await getDb(), params.id);
  return NextResponse.json(progress, { headers: { 'Cache-Control': 'private, no-store' } });
});
