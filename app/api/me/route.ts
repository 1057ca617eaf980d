// Who is signed in, for the header's small client island (public pages stay cacheable).
import { NextResponse } from 'next/server';
import { landingPathFor } from '@/lib/auth/gate';
import { guardedRoute } from '@/lib/auth/route';

export const dynamic = 'force-dynamic';

export const GET = guardedRoute(
  'public',
  async (_request, { user }) => {
    const body = user
      ? { signedIn: true, name: user.name ?? user.email, area: landingPathFor(user) }
      : { signedIn: false };
    return NextResponse.json(body, { headers: { 'Cache-Control': 'private, no-store' } });
  },
  { identify: true },
);
