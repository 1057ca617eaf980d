// The attendee list of one meeting as a CSV file for Danish Excel, one line per person (see
// registrations-csv.ts).
import { createTranslator } from 'next-intl';
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { readAttendeesForCsv } from '@/lib/attendees/admin-queries';
import { guardedRoute } from '@/lib/auth/route';
import { loadMessages } from '@/lib/i18n/messages';
import { isLocale, routing } from '@/lib/i18n/routing';
import { readMeetingHeader } from '@/lib/registrations/queries';
import { csvColumns, registrationsCsv } from '@/lib/registrations/registrations-csv';
import { isRouteId } from '@/lib/validation/route-id';

export const GET = guardedRoute<{ id: string }>('registration.manage', async (request, { params }) => {
  if (!isRouteId(params.id)) return NextResponse.json({ error: 'not found' }, { status: 404 });
  const db = await getDb();
  const meeting = await readMeetingHeader(db, params.id);
  if (!meeting) return NextResponse.json({ error: 'not found' }, { status: 404 });
  const requested = request.nextUrl.searchParams.get('locale');
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  const messages = loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: 'admin.registrations' });
  const tCsv = createTranslator({ locale, messages, namespace: 'attendeesAdmin' });
  const rows = await readAttendeesForCsv(db, meeting.id);
  const csv = registrationsCsv(rows, {
    columns: Object.fromEntries(csvColumns.map((c) => [c, tCsv(`csv.${c}`)])) as Record<(typeof csvColumns)[number], string>,
    status: (s) => t(`statuses.${s}`),
    yes: tCsv('csv.yes'),
    no: tCsv('csv.no'),
    unnamed: tCsv('list.unnamed'),
  });
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${t('csv.filename')}-${meeting.slug}.csv"`,
      'cache-control': 'no-store',
    },
  });
});
