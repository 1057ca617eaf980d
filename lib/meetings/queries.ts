// Reads of meetings for the public pages. Each function returns what its page shows.
import 'server-only';
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { meetings, meetingThemes, themes } from '@/db/schema';
import { cachedQuery } from '@/lib/cache/cached-query';
import { cacheTags } from '@/lib/cache/tags';

export async function readNextMeeting(db: DbOrTx, now = new Date()) {
  const [meeting] = await db
    .select({
      id: meetings.id,
      slug: meetings.slug,
      title: meetings.title,
      description: meetings.description,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      place: meetings.place,
    })
    .from(meetings)
    .where(and(eq(meetings.status, 'published'), gt(meetings.startsAt, now)))
    .orderBy(asc(meetings.startsAt))
    .limit(1);
  if (!meeting) return null;
  const meetingThemeRows = await db
    .select({ id: themes.id, title: themes.title })
    .from(meetingThemes)
    .innerJoin(themes, eq(themes.id, meetingThemes.themeId))
    .where(inArray(meetingThemes.meetingId, [meeting.id]))
    .orderBy(asc(meetingThemes.position));
  return { ...meeting, themes: meetingThemeRows };
}

export const getNextMeeting = cachedQuery(
  async () => readNextMeeting(await getDb()),
  ['next-meeting'],
  () => [cacheTags.meetings, cacheTags.themes],
);
