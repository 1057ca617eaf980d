// The door's live numbers and its name search, polled by the check-in page every few seconds (and
// asked as a person types). Read from the database each time, so two phones at the door, served
// by different instances, show the same count.
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { guardedRoute } from '@/lib/auth/route';
import { CHECK_IN_SEARCH_MIN, findCheckInPeople, readCheckInCount } from '@/lib/attendees/check-in-queries';
import { isRouteId } from '@/lib/validation/route-id';

export const dynamic = 'force-dynamic';

/** Longer than any name or company worth typing at the door; longer is refused, not cut. */
const SEARCH_MAX = 100;

export const GET = guardedRoute<{ id: string }>('meeting.check-in', async (request, { params }) => {
  const noStore = { 'Cache-Control': 'private, no-store' };
  if (!isRouteId(params.id)) return NextResponse.json({ error: 'not found' }, { status: 404, headers: noStore });
  const q = request.nextUrl.searchParams.get('q')?.trim() ?? '';
  if (q.length > SEARCH_MAX) return NextResponse.json({ error: 'search too long' }, { status: 400, headers: noStore });
  const db = await getDb();
  const count = await readCheckInCount(db, params.id);
  const people = q.length >= CHECK_IN_SEARCH_MIN ? await findCheckInPeople(db, params.id, q) : [];
  return NextResponse.json(
    {
      count,
      people: people.map((p) => ({
        id: p.id,
        name: p.name,
        company: p.company,
        walkIn: p.walkIn,
        waitlisted: p.registrationStatus === 'waitlisted',
        checkedInAt: p.checkedInAt?.toISOString() ?? null,
      })),
    },
    { headers: noStore },
  );
});
