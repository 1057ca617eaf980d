// The speaker directory: people (internal or external) reused across agendas. A change shows
// on every published agenda the person is on, so those meetings' cache tags are returned.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { agendaItems, agendaItemSpeakers, meetings, speakers } from '@/db/schema';
import { notFound } from '@/lib/admin/refusals';
import { diffFields, recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { cacheTags } from '@/lib/cache/tags';

export type SpeakerInput = {
  name: string;
  organisation: string | null;
  title: string | null;
  external: boolean;
  email: string | null;
};

function clean(input: SpeakerInput): SpeakerInput {
  const opt = (v: string | null) => v?.trim() || null;
  return { name: input.name.trim(), organisation: opt(input.organisation), title: opt(input.title), external: input.external, email: opt(input.email)?.toLowerCase() ?? null };
}

async function meetingTagsFor(tx: Tx, speakerId: string) {
  const rows = await tx
    .selectDistinct({ slug: meetings.slug })
    .from(agendaItemSpeakers)
    .innerJoin(agendaItems, eq(agendaItems.id, agendaItemSpeakers.agendaItemId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(agendaItemSpeakers.speakerId, speakerId));
  return [cacheTags.meetings, ...rows.map((r) => cacheTags.meeting(r.slug))];
}

export async function createSpeaker(db: DbOrTx, actor: AuditActor, input: SpeakerInput) {
  const data = clean(input);
  return db.transaction(async (tx) => {
    const [speaker] = await tx.insert(speakers).values(data).returning();
    await recordAudit(tx, actor, { action: 'speaker.create', entityType: 'speaker', entityId: speaker.id, changes: diffFields({} as Record<string, unknown>, data) });
    return { speaker, cacheTags: [] as string[] };
  });
}

export async function updateSpeaker(db: DbOrTx, actor: AuditActor, input: SpeakerInput & { speakerId: string }) {
  const data = clean(input);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(speakers).where(eq(speakers.id, input.speakerId)).for('update');
    if (!before) notFound();
    const [speaker] = await tx.update(speakers).set(data).where(eq(speakers.id, before.id)).returning();
    await recordAudit(tx, actor, { action: 'speaker.update', entityType: 'speaker', entityId: before.id, changes: diffFields(before as unknown as Record<string, unknown>, data) });
    return { speaker, cacheTags: await meetingTagsFor(tx, before.id) };
  });
}

/** Removes a person from the directory and from every agenda item they were on. */
export async function deleteSpeaker(db: DbOrTx, actor: AuditActor, input: { speakerId: string }) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(speakers).where(eq(speakers.id, input.speakerId)).for('update');
    if (!before) notFound();
    const tags = await meetingTagsFor(tx, before.id);
    await tx.delete(speakers).where(eq(speakers.id, before.id));
    await recordAudit(tx, actor, { action: 'speaker.delete', entityType: 'speaker', entityId: before.id, changes: { name: { from: before.name, to: null } } });
    return { cacheTags: tags };
  });
}
