// Reads of the proposer's own themes for the portal. Every read is filtered by the proposer,
// so one company never sees another's drafts.
import 'server-only';
import { and, asc, desc, eq, gt } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import { meetings, themes } from '@/db/schema';

const mergedInto = alias(themes, 'merged_into');

export async function readMyThemes(db: DbOrTx, userId: string) {
  return db
    .select({
      id: themes.id,
      title: themes.title,
      description: themes.description,
      publicTitle: themes.publicTitle,
      publicDescription: themes.publicDescription,
      category: themes.category,
      status: themes.status,
      moderatorAnswer: themes.moderatorAnswer,
      mergedIntoTitle: mergedInto.title,
      createdAt: themes.createdAt,
      decidedAt: themes.decidedAt,
    })
    .from(themes)
    .leftJoin(mergedInto, eq(mergedInto.id, themes.mergedIntoId))
    .where(eq(themes.proposerId, userId))
    .orderBy(desc(themes.createdAt));
}

export async function readOwnTheme(db: DbOrTx, userId: string, themeId: string) {
  const [theme] = await db
    .select()
    .from(themes)
    .where(and(eq(themes.id, themeId), eq(themes.proposerId, userId)));
  return theme ?? null;
}

/** Meetings a proposer may wish their theme on: published and not yet held. */
export async function readWishableMeetings(db: DbOrTx, now = new Date()) {
  return db
    .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt })
    .from(meetings)
    .where(and(eq(meetings.status, 'published'), gt(meetings.startsAt, now)))
    .orderBy(asc(meetings.startsAt));
}
