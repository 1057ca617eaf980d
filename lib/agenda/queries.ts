// Reads for the agenda builder and the admin preview: the meeting, its items in order with
// their speakers and computed start times, and the choices (themes, speakers) for the forms.
import 'server-only';
import { asc, eq, or } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agendaItems, agendaItemSpeakers, meetings, speakers, themes } from '@/db/schema';
import { agendaItemFingerprint } from './agenda-fingerprint';
import { agendaFit, withStartTimes } from './agenda-times';
import { themeIsOnMeeting } from '@/lib/meetings/themes-on-meeting';
import { publishedThemeTitle } from '@/lib/themes/published-wording';
import { meetingHeaderColumns } from '@/lib/meetings/meeting-columns';

/** A meeting's agenda items in order, with the linked theme's title. Shared by admin and public reads. */
export function readAgendaItemRows(db: DbOrTx, meetingId: string) {
  return db
    .select({
      id: agendaItems.id,
      position: agendaItems.position,
      kind: agendaItems.kind,
      title: agendaItems.title,
      description: agendaItems.description,
      durationMinutes: agendaItems.durationMinutes,
      themeId: agendaItems.themeId,
      themeTitle: publishedThemeTitle,
    })
    .from(agendaItems)
    .leftJoin(themes, eq(themes.id, agendaItems.themeId))
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position), asc(agendaItems.createdAt));
}

/** The speakers on a meeting's agenda items, by name. Shared by the admin, public and follow-up reads. */
export function readAgendaSpeakerRows(db: DbOrTx, meetingId: string) {
  return db
    .select({
      agendaItemId: agendaItemSpeakers.agendaItemId,
      id: speakers.id,
      name: speakers.name,
      organisation: speakers.organisation,
      title: speakers.title,
      external: speakers.external,
    })
    .from(agendaItemSpeakers)
    .innerJoin(speakers, eq(speakers.id, agendaItemSpeakers.speakerId))
    .innerJoin(agendaItems, eq(agendaItems.id, agendaItemSpeakers.agendaItemId))
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(speakers.name));
}

export async function readAgenda(db: DbOrTx, meetingId: string) {
  const [meeting] = await db
    .select({ ...meetingHeaderColumns, version: meetings.version })
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  if (!meeting) return null;
  const [items, speakerRows] = await Promise.all([readAgendaItemRows(db, meetingId), readAgendaSpeakerRows(db, meetingId)]);
  const withSpeakers = items.map((item) => {
    const itemSpeakers = speakerRows
      .filter((s) => s.agendaItemId === item.id)
      .map(({ id, name, organisation }) => ({ id, name, organisation }));
    const speakerIds = itemSpeakers.map((s) => s.id);
    return { ...item, speakers: itemSpeakers, speakerIds, fingerprint: agendaItemFingerprint({ ...item, speakerIds }) };
  });
  return { meeting, items: withStartTimes(meeting.startsAt, withSpeakers), fit: agendaFit(meeting, items) };
}

/** Themes an agenda item can link to: accepted themes and any theme already on the meeting. */
export async function readAgendaThemeChoices(db: DbOrTx, meetingId: string) {
  return db
    .select({ id: themes.id, title: themes.title })
    .from(themes)
    .where(
      or(
        eq(themes.status, 'accepted'),
        themeIsOnMeeting(meetingId),
      ),
    )
    .orderBy(asc(themes.title));
}
