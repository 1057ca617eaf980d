// What the agenda's commands share. Positions are 0…n-1 without gaps; every change locks the
// meeting row first (lockedMeeting) so two people reordering at once are applied one after the
// other, never interleaved.
import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { agendaItems, speakers, themes } from '@/db/schema';
import { fieldRefusal, notFound } from '@/lib/admin/refusals';
import { lockMeeting } from '@/lib/registrations/seats';
import type { AgendaItemInput } from './schema';

export async function lockedMeeting(tx: Tx, meetingId: string) {
  const meeting = await lockMeeting(tx, meetingId);
  if (!meeting) notFound();
  return meeting;
}

export async function checkReferences(tx: Tx, input: AgendaItemInput) {
  if (input.themeId) {
    const [theme] = await tx.select({ id: themes.id }).from(themes).where(eq(themes.id, input.themeId));
    if (!theme) fieldRefusal({ themeId: 'choice' });
  }
  if (input.speakerIds.length) {
    const found = await tx.select({ id: speakers.id }).from(speakers).where(inArray(speakers.id, input.speakerIds));
    if (found.length !== input.speakerIds.length) fieldRefusal({ speakerIds: 'choice' });
  }
}

export function clean(input: AgendaItemInput): AgendaItemInput {
  return {
    ...input,
    title: input.title.trim(),
    description: input.description.trim(),
    speakerIds: [...new Set(input.speakerIds)],
  };
}

export async function itemsOf(tx: Tx, meetingId: string) {
  return tx.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(asc(agendaItems.position), asc(agendaItems.createdAt));
}

/** Writes positions 0…n-1 in the given order, touching only rows whose position changes. */
export async function renumber(tx: Tx, ordered: { id: string; position: number }[]) {
  for (const [position, item] of ordered.entries()) {
    if (item.position !== position) await tx.update(agendaItems).set({ position }).where(eq(agendaItems.id, item.id));
  }
}

export async function loadItem(tx: Tx, itemId: string) {
  const [item] = await tx.select().from(agendaItems).where(eq(agendaItems.id, itemId));
  if (!item) notFound();
  return item;
}
