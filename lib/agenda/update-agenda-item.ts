// Editing an agenda item. The edit names the item as the editor saw it (its fingerprint); if
// someone changed it meanwhile, it is refused.
import 'server-only';
import { meetingTags } from '@/lib/cache/tags';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agendaItems, agendaItemSpeakers } from '@/db/schema';
import { conflict } from '@/lib/admin/refusals';
import { diffFields, recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { agendaItemFingerprint } from './agenda-fingerprint';
import { checkReferences, clean, loadItem, lockedMeeting } from './agenda-item-steps';
import type { AgendaItemInput } from './schema';

export async function updateAgendaItem(
  db: DbOrTx,
  actor: AuditActor,
  input: AgendaItemInput & { itemId: string; fingerprint: string },
) {
  const data = clean(input);
  return db.transaction(async (tx) => {
    const found = await loadItem(tx, input.itemId);
    const meeting = await lockedMeeting(tx, found.meetingId);
    const item = await loadItem(tx, input.itemId);
    const speakerRows = await tx.select({ id: agendaItemSpeakers.speakerId }).from(agendaItemSpeakers).where(eq(agendaItemSpeakers.agendaItemId, item.id));
    const before = { ...item, speakerIds: speakerRows.map((s) => s.id) };
    if (agendaItemFingerprint(before) !== input.fingerprint) conflict();
    await checkReferences(tx, data);
    const [updated] = await tx
      .update(agendaItems)
      .set({ kind: data.kind, title: data.title, description: data.description, durationMinutes: data.durationMinutes, themeId: data.themeId })
      .where(eq(agendaItems.id, item.id))
      .returning();
    await tx.delete(agendaItemSpeakers).where(eq(agendaItemSpeakers.agendaItemId, item.id));
    if (data.speakerIds.length) {
      await tx.insert(agendaItemSpeakers).values(data.speakerIds.map((speakerId) => ({ agendaItemId: item.id, speakerId })));
    }
    const changes: Record<string, unknown> = diffFields(before as unknown as Record<string, unknown>, {
      kind: data.kind,
      title: data.title,
      description: data.description,
      durationMinutes: data.durationMinutes,
      themeId: data.themeId,
    });
    if ([...before.speakerIds].sort().join() !== [...data.speakerIds].sort().join()) {
      changes.speakerIds = { from: before.speakerIds, to: data.speakerIds };
    }
    await recordAudit(tx, actor, { action: 'agenda.update', entityType: 'agenda_item', entityId: item.id, changes: { meetingId: meeting.id, ...changes } });
    return { item: updated, cacheTags: meetingTags(meeting.slug) };
  });
}
