// Whether the visitor follows a theme, for the follow button on the theme's page (the page itself
// is cached and the same for everyone).
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/gate';
import { guardedRoute } from '@/lib/auth/route';
import { readFollowState } from '@/lib/themes/trail-queries';
import { isRouteId } from '@/lib/validation/route-id';

export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'private, no-store' };

export const GET = guardedRoute<{ id: string }>(
  'public',
  async (_request, { user, params }) => {
    const canFollow = can(user, 'portal.use');
    const state = isRouteId(params.id) ? await readFollowState(await getDb(), params.id, canFollow && user ? user.id : null) : null;
    if (!state) return NextResponse.json({ error: 'not found' }, { status: 404, headers: noStore });
    return NextResponse.json({ signedIn: Boolean(user), canFollow, following: canFollow && state.following }, { headers: noStore });
  },
  { identify: true },
);
