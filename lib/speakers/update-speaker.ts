// Changes a person in the speaker directory. The change shows on every published agenda the
// person is on, so those meetings' cache tags are returned.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { speakers } from '@/db/schema';
import { notFound } from '@/lib/admin/refusals';
import { diffFields, recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { readSpeakerMeetingTags } from './queries';
import { cleanSpeakerInput, type SpeakerInput } from './speaker-input';

export async function updateSpeaker(db: DbOrTx, actor: AuditActor, input: SpeakerInput & { speakerId: string }) {
  const data = cleanSpeakerInput(input);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(speakers).where(eq(speakers.id, input.speakerId)).for('update');
    if (!before) notFound();
    const [speaker] = await tx.update(speakers).set(data).where(eq(speakers.id, before.id)).returning();
    await recordAudit(tx, actor, { action: 'speaker.update', entityType: 'speaker', entityId: before.id, changes: diffFields(before as unknown as Record<string, unknown>, data) });
    return { speaker, cacheTags: await readSpeakerMeetingTags(tx, before.id) };
  });
}
