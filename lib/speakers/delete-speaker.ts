// Deleting a person from the speaker directory, and so from every agenda item they were on.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { speakers } from '@/db/schema';
import { notFound } from '@/lib/admin/refusals';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { readSpeakerMeetingTags } from './queries';

/** Removes a person from the directory and from every agenda item they were on. */
export async function deleteSpeaker(db: DbOrTx, actor: AuditActor, input: { speakerId: string }) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(speakers).where(eq(speakers.id, input.speakerId)).for('update');
    if (!before) notFound();
    const tags = await readSpeakerMeetingTags(tx, before.id);
    await tx.delete(speakers).where(eq(speakers.id, before.id));
    await recordAudit(tx, actor, { action: 'speaker.delete', entityType: 'speaker', entityId: before.id, changes: { name: { from: before.name, to: null } } });
    return { cacheTags: tags };
  });
}
