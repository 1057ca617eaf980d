// Adds a person to the speaker directory (people, internal or external, reused across agendas).
import 'server-only';
import type { DbOrTx } from '@/db/client';
import { speakers } from '@/db/schema';
import { diffFields, recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { cleanSpeakerInput, type SpeakerInput } from './speaker-input';

export async function createSpeaker(db: DbOrTx, actor: AuditActor, input: SpeakerInput) {
  const data = cleanSpeakerInput(input);
  return db.transaction(async (tx) => {
    const [speaker] = await tx.insert(speakers).values(data).returning();
    await recordAudit(tx, actor, { action: 'speaker.create', entityType: 'speaker', entityId: speaker.id, changes: diffFields({} as Record<string, unknown>, data) });
    return { speaker, cacheTags: [] as string[] };
  });
}
