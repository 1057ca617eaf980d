// Moving an agenda item one place up or down.
import 'server-only';
import { meetingTags } from '@/lib/cache/tags';
import type { DbOrTx } from '@/db/client';
import { notFound } from '@/lib/admin/refusals';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { itemsOf, loadItem, lockedMeeting, renumber } from './agenda-item-steps';

/** Moves an item one place up or down; at either end nothing changes. */
export async function moveAgendaItem(db: DbOrTx, actor: AuditActor, input: { itemId: string; direction: 'up' | 'down' }) {
  return db.transaction(async (tx) => {
    const found = await loadItem(tx, input.itemId);
    const meeting = await lockedMeeting(tx, found.meetingId);
    const ordered = await itemsOf(tx, meeting.id);
    const from = ordered.findIndex((i) => i.id === input.itemId);
    const to = input.direction === 'up' ? from - 1 : from + 1;
    if (from < 0) notFound();
    if (to < 0 || to >= ordered.length) return { position: from, moved: false, cacheTags: [] as string[] };
    [ordered[from], ordered[to]] = [ordered[to], ordered[from]];
    await renumber(tx, ordered);
    await recordAudit(tx, actor, {
      action: 'agenda.move',
      entityType: 'agenda_item',
      entityId: input.itemId,
      changes: { meetingId: meeting.id, position: { from, to } },
    });
    return { position: to, moved: true, cacheTags: meetingTags(meeting.slug) };
  });
}
