// The two reads every theme notice needs, made inside the transaction of the change so the
// notice shows the data as that change leaves it: who to tell, and which published meetings a
// theme is on now.
import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { meetings, meetingThemes, themes, users } from '@/db/schema';

/** The proposer to tell, or null when there is none or their account is deactivated. */
export async function proposerOf(tx: DbOrTx, theme: Pick<typeof themes.$inferSelect, 'proposerId'>) {
  if (!theme.proposerId) return null;
  const [proposer] = await tx
    .select({ id: users.id, email: users.email, locale: users.locale, deactivatedAt: users.deactivatedAt })
    .from(users)
    .where(eq(users.id, theme.proposerId));
  return proposer && !proposer.deactivatedAt ? proposer : null;
}

/** The published meetings the theme is on, earliest first (drafts are nobody's business yet). */
export async function publishedMeetingsOf(tx: DbOrTx, themeId: string) {
  const rows = await tx
    .select({ meeting: meetings })
    .from(meetingThemes)
    .innerJoin(meetings, eq(meetings.id, meetingThemes.meetingId))
    .where(and(eq(meetingThemes.themeId, themeId), eq(meetings.status, 'published')))
    .orderBy(asc(meetings.startsAt));
  return rows.map((r) => r.meeting);
}
