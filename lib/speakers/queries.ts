// Reads of the speaker directory.
import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agendaItemSpeakers, speakers } from '@/db/schema';

export async function readSpeakers(db: DbOrTx) {
  return db
    .select({
      id: speakers.id,
      name: speakers.name,
      organisation: speakers.organisation,
      title: speakers.title,
      external: speakers.external,
      email: speakers.email,
      appearances: sql<number>`(select count(*)::int from ${agendaItemSpeakers} where ${agendaItemSpeakers.speakerId} = ${speakers.id})`,
    })
    .from(speakers)
    .orderBy(asc(speakers.name));
}

export async function readSpeaker(db: DbOrTx, id: string) {
  const [row] = await db.select().from(speakers).where(eq(speakers.id, id));
  return row ?? null;
}
