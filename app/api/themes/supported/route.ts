// Which accepted themes the visitor's company supports, for the support buttons on /themes
// (the page itself is static and the same for everyone).
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/gate';
import { guardedRoute } from '@/lib/auth/route';
import { readCompanySupportState } from '@/lib/themes/queries';

export const dynamic = 'force-dynamic';

export const GET = guardedRoute(
  'public',
  async (_request, { user }) => {
    const canSupport = can(user, 'portal.use');
    const companyId = canSupport ? user?.companyId : null;
    return NextResponse.json(
      {
        signedIn: Boolean(user),
        canSupport,
        needsProfile: canSupport && !companyId,
        ...(companyId ? await readCompanySupportState(await getDb(), companyId) : { supported: [], own: [] }),
      },
      { headers: { 'Cache-Control': 'private, no-store' } },
    );
  },
  { identify: true },
);
