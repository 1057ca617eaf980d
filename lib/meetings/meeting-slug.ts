// Meeting addresses are unique: checks, and a free slug made from the title.
import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { meetings } from '@/db/schema';
import { slugFromTitle } from '@/lib/format/slug-from-title';


export async function slugIsTaken(db: DbOrTx, slug: string, exceptMeetingId?: string) {
  const [row] = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(exceptMeetingId ? and(eq(meetings.slug, slug), ne(meetings.id, exceptMeetingId)) : eq(meetings.slug, slug));
  return Boolean(row);
}

/** The title's slug, with -2, -3 … added when it is taken. */
export async function freeSlugFor(db: DbOrTx, title: string, exceptMeetingId?: string) {
  const base = slugFromTitle(title) || 'moede';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await slugIsTaken(db, candidate, exceptMeetingId))) return candidate;
  }
}
