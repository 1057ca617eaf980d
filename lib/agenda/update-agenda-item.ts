// Building a meeting's agenda: add, edit, remove and move items. Positions are 0…n-1 without
// gaps; every change locks the meeting row first so two people reordering at once are applied
// one after the other, never interleaved.
import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { agendaItems, agendaItemSpeakers, speakers, themes, type agendaItemKinds } from '@/db/schema';
import { conflict, fieldRefusal, notFound } from '@/lib/admin/refusals';
import { diffFields, recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { cacheTags } from '@/lib/cache/tags';
import { lockMeeting } from '@/lib/registrations/seats';
import { agendaItemFingerprint } from './agenda-fingerprint';

export type AgendaItemInput = {
  kind: (typeof agendaItemKinds)[number];
  title: string;
  description: string;
  durationMinutes: number;
  themeId: string | null;
  speakerIds: string[];
};

async function lockedMeeting(tx: Tx, meetingId: string) {
  const meeting = await lockMeeting(tx, meetingId);
  if (!meeting) notFound();
  return meeting;
}

async function checkReferences(tx: Tx, input: AgendaItemInput) {
  if (input.themeId) {
    const [theme] = await tx.select({ id: themes.id }).from(themes).where(eq(themes.id, input.themeId));
    if (!theme) fieldRefusal({ themeId: 'choice' });
  }
  if (input.speakerIds.length) {
    const found = await tx.select({ id: speakers.id }).from(speakers).where(inArray(speakers.id, input.speakerIds));
    if (found.length !== input.speakerIds.length) fieldRefusal({ speakerIds: 'choice' });
  }
}

function clean(input: AgendaItemInput): AgendaItemInput {
  return {
    ...input,
    title: input.title.trim(),
    description: input.description.trim(),
    speakerIds: [...new Set(input.speakerIds)],
  };
}

async function itemsOf(tx: Tx, meetingId: string) {
  return tx.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(asc(agendaItems.position), asc(agendaItems.createdAt));
}

/** Writes positions 0…n-1 in the given order, touching only rows whose position changes. */
async function renumber(tx: Tx, ordered: { id: string; position: number }[]) {
  for (const [position, item] of ordered.entries()) {
    if (item.position !== position) await tx.update(agendaItems).set({ position }).where(eq(agendaItems.id, item.id));
  }
}

function tagsFor(slug: string) {
  return [cacheTags.meetings, cacheTags.meeting(slug)];
}

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
    return { item, cacheTags: tagsFor(meeting.slug) };
  });
}

async function loadItem(tx: Tx, itemId: string) {
  const [item] = await tx.select().from(agendaItems).where(eq(agendaItems.id, itemId));
  if (!item) notFound();
  return item;
}

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
    return { item: updated, cacheTags: tagsFor(meeting.slug) };
  });
}

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
    return { cacheTags: tagsFor(meeting.slug) };
  });
}

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
    return { position: to, moved: true, cacheTags: tagsFor(meeting.slug) };
  });
}
