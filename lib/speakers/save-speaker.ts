// Saving a person in the speaker directory (people, internal or external, reused across
// agendas): a new one, or a change. A change shows on every published agenda the person is on,
// so those meetings' cache tags are returned.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { speakers } from '@/db/schema';
import { notFound } from '@/lib/admin/refusals';
import { diffFields, recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { readSpeakerMeetingTags } from './queries';

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
    return { speaker, cacheTags: await readSpeakerMeetingTags(tx, before.id) };
  });
}
