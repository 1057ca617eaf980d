// The choices of the theme form: the fixed categories and the meetings a theme may be wished on.
import 'server-only';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { themeCategories } from '@/db/schema/themes';
import { formatShortDate } from '@/lib/format/copenhagen-time';
import { readWishableMeetings } from '@/lib/themes/queries';

export async function themeFormOptions(locale: string) {
  const t = await getTranslations('themes');
  const meetings = await readWishableMeetings(await getDb());
  return {
    categories: themeCategories.map((c) => ({ value: c, label: t(`categories.${c}`) })),
    meetings: meetings.map((m) => ({ value: m.id, label: `${m.title} (${formatShortDate(m.startsAt, locale)})` })),
  };
}
