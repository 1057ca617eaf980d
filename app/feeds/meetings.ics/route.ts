// The iCalendar feed of every published meeting (cancelled ones marked as such), for calendar
// apps to subscribe to. Public and served from the data cache.
import { getTranslations } from 'next-intl/server';
import { guardedRoute } from '@/lib/auth/route';
import { getEnv } from '@/lib/env';
import { meetingsCalendar } from '@/lib/meetings/calendar';
import { getPublicMeetings } from '@/lib/meetings/queries';

export const GET = guardedRoute('public', async () => {
  const t = await getTranslations({ locale: 'da', namespace: 'common' });
  const body = meetingsCalendar(await getPublicMeetings(), getEnv().SITE_URL, t('siteName'));
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="erhvervsforum-moeder.ics"',
      'Cache-Control': 'public, max-age=300',
    },
  });
});
