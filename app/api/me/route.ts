// Who is signed in, for the header's small client island (public pages stay cacheable).
import { NextResponse } from 'next/server';
import { clearEndedSessionCookies } from '@/lib/auth/clear-signed-in-hint';
import { landingPathFor } from '@/lib/auth/gate';
import { guardedRoute } from '@/lib/auth/route';

export const dynamic = 'force-dynamic';

export const GET = guardedRoute(
  'public',
  async (_request, { user }) => {
    if (!user) {
      // Nobody, though a session cookie may be there: its session ended (clear-signed-in-hint.ts).
      await clearEndedSessionCookies();
      return NextResponse.json({ signedIn: false }, { headers: { 'Cache-Control': 'private, no-store' } });
    }
    const body = { signedIn: true, name: user.name ?? user.email, area: landingPathFor(user) };
    return NextResponse.json(body, { headers: { 'Cache-Control': 'private, no-store' } });
  },
  { identify: true },
);
