// Adding an item at the end of a meeting's agenda.
import 'server-only';
import { meetingTags } from '@/lib/cache/tags';
import type { DbOrTx } from '@/db/client';
import { agendaItems, agendaItemSpeakers } from '@/db/schema';
import { diffFields, recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { checkReferences, clean, itemsOf, lockedMeeting } from './agenda-item-steps';
import type { AgendaItemInput } from './schema';

export async function addAgendaItem(db: DbOrTx, actor: AuditActor, { meetingId, ...input }: AgendaItemInput & { meetingId: string }) {
  const data = clean(input);
  return db.transaction(async (tx) => {
    const meeting = await lockedMeeting(tx, meetingId);
    await checkReferences(tx, data);
    const existing = await itemsOf(tx, meeting.id);
    const [item] = await tx
      .insert(agendaItems)
      .values({
        meetingId: meeting.id,
        position: existing.length,
        kind: data.kind,
        title: data.title,
        description: data.description,
        durationMinutes: data.durationMinutes,
        themeId: data.themeId,
      })
      .returning();
    if (data.speakerIds.length) {
      await tx.insert(agendaItemSpeakers).values(data.speakerIds.map((speakerId) => ({ agendaItemId: item.id, speakerId })));
    }
    await recordAudit(tx, actor, {
      action: 'agenda.add',
      entityType: 'agenda_item',
      entityId: item.id,
      changes: { meetingId: meeting.id, ...diffFields({} as Record<string, unknown>, { ...data, position: item.position }) },
    });
    return { item, cacheTags: meetingTags(meeting.slug) };
  });
}
