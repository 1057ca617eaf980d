// The signed-in part of a meeting page, for its register/cancel island: fresh seat counts and
// the visitor's own registration. The page itself stays static and cached for everyone.
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/gate';
import { guardedRoute } from '@/lib/auth/route';
import { hasPendingJoinRequest } from '@/lib/companies/queries';
import { readRegistrationState } from '@/lib/registrations/queries';
import { cancellationClosedReason, registrationClosedReason, seatsLeft } from '@/lib/registrations/rules';
import { isRouteId } from '@/lib/validation/route-id';

export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'private, no-store' };

export const GET = guardedRoute<{ id: string }>(
  'public',
  async (_request, { user, params }) => {
        const db = await getDb();
    const state = isRouteId(params.id) ? await readRegistrationState(db, params.id, user?.id ?? null) : null;
    if (!state) return NextResponse.json({ error: 'not found' }, { status: 404, headers: noStore });
    const now = new Date();
    return NextResponse.json(
      {
        signedIn: Boolean(user),
        canRegister: can(user, 'meeting.register'),
        // A person waiting for approval registers in their own name meanwhile.
        needsProfile: can(user, 'portal.use') && !user?.companyId && !(user && (await hasPendingJoinRequest(db, user.id))),
        closedReason: registrationClosedReason(state.meeting, now),
        cancellable: cancellationClosedReason(state.meeting, now) === null,
        capacity: state.meeting.capacity,
        seatsLeft: seatsLeft(state.meeting.capacity, state.seats.taken),
        waiting: state.seats.waiting,
        own: state.own,
        // The party is managed in the portal (companies); others manage it by cancelling.
        managesParty: can(user, 'portal.use'),
      },
      { headers: noStore },
    );
  },
  { identify: true },
);
