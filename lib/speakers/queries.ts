// Reads of the speaker directory.
import 'server-only';
import { asc, count, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agendaItems, agendaItemSpeakers, meetings, speakers } from '@/db/schema';
import { cacheTags } from '@/lib/cache/tags';

export async function readSpeakers(db: DbOrTx) {
  return db
    .select({
      id: speakers.id,
      name: speakers.name,
      organisation: speakers.organisation,
      title: speakers.title,
      external: speakers.external,
      email: speakers.email,
      // A join and a count, not a correlated subquery: see lib/meetings/queries.ts.
      appearances: count(agendaItemSpeakers.speakerId),
    })
    .from(speakers)
    .leftJoin(agendaItemSpeakers, eq(agendaItemSpeakers.speakerId, speakers.id))
    .groupBy(speakers.id)
    .orderBy(asc(speakers.name));
}

export async function readSpeaker(db: DbOrTx, id: string) {
  const [row] = await db.select().from(speakers).where(eq(speakers.id, id));
  return row ?? null;
}

/** The cache tags of the meetings whose agenda names the person: a change to them shows there. */
export async function readSpeakerMeetingTags(db: DbOrTx, speakerId: string) {
  const rows = await db
    .selectDistinct({ slug: meetings.slug })
    .from(agendaItemSpeakers)
    .innerJoin(agendaItems, eq(agendaItems.id, agendaItemSpeakers.agendaItemId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(agendaItemSpeakers.speakerId, speakerId));
  return [cacheTags.meetings, ...rows.map((r) => cacheTags.meeting(r.slug))];
}
