// One meeting as an .ics file ("add to calendar"), at /feeds/meetings/<slug>.ics.
import { NextResponse } from 'next/server';
import { guardedRoute } from '@/lib/auth/route';
import { getEnv } from '@/lib/env';
import { calendarFileName, meetingsCalendar } from '@/lib/meetings/calendar';
import { getMeetingPage } from '@/lib/meetings/queries';

export const GET = guardedRoute<{ file: string }>('public', async (_request, { params }) => {
  const match = /^([a-z0-9-]{1,200})\.ics$/i.exec(params.file);
  const meeting = match ? await getMeetingPage(match[1]) : null;
  if (!meeting) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return new Response(meetingsCalendar([meeting], getEnv().SITE_URL, meeting.title), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${calendarFileName(meeting.slug)}"`,
      'Cache-Control': 'public, max-age=300',
    },
  });
});
