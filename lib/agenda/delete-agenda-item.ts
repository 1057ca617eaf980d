// Removing an item from a meeting's agenda; the items after it close the gap.
import 'server-only';
import { meetingTags } from '@/lib/cache/tags';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agendaItems } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { itemsOf, loadItem, lockedMeeting, renumber } from './agenda-item-steps';

export async function deleteAgendaItem(db: DbOrTx, actor: AuditActor, input: { itemId: string }) {
  return db.transaction(async (tx) => {
    const found = await loadItem(tx, input.itemId);
    const meeting = await lockedMeeting(tx, found.meetingId);
    const item = await loadItem(tx, input.itemId);
    await tx.delete(agendaItems).where(eq(agendaItems.id, item.id));
    await renumber(tx, await itemsOf(tx, meeting.id));
    await recordAudit(tx, actor, {
      action: 'agenda.delete',
      entityType: 'agenda_item',
      entityId: item.id,
      changes: { meetingId: meeting.id, title: { from: item.title, to: null }, position: { from: item.position, to: null } },
    });
    return { cacheTags: meetingTags(meeting.slug) };
  });
}
