// Meetings, their agenda and the speaker directory. "Held" and "followed up" are derived
// (from the date and the follow-ups), so only draft/published/cancelled is stored.
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tz, updatedAt } from './_columns';
import { tsvector } from './_search';
import { themes } from './themes';

export const meetingStatusEnum = pgEnum('meeting_status', ['draft', 'published', 'cancelled']);

export const meetings = pgTable('meetings', {
  id: id(),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  startsAt: tz('starts_at').notNull(),
  endsAt: tz('ends_at').notNull(),
  place: text('place').notNull(),
  address: text('address'),
  capacity: integer('capacity'),
  registrationDeadline: tz('registration_deadline'),
  /** Days before the meeting the reminder goes out (null: no reminder). */
  reminderDaysBefore: integer('reminder_days_before').default(2),
  status: meetingStatusEnum('status').notNull().default('draft'),
  publishedAt: tz('published_at'),
  cancelledAt: tz('cancelled_at'),
  /** Optimistic concurrency: a save names the version it edited. */
  version: integer('version').notNull().default(1),
  /**
   * The iCalendar SEQUENCE of the meeting's event. Raised only when its time or place changes or
   * it is cancelled, so a calendar that holds the event moves it (RFC 5545 3.8.7.4); other edits
   * leave it alone.
   */
  calendarSequence: integer('calendar_sequence').notNull().default(0),
  /** Title, description and place in the Danish dictionary; generated (migration 0009). */
  searchVector: tsvector('search_vector').generatedAlwaysAs(
    sql`setweight(to_tsvector('danish', title), 'A') || setweight(to_tsvector('danish', description), 'B') || setweight(to_tsvector('danish', place), 'C')`,
  ),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('meetings_search_idx').using('gin', t.searchVector),
  // Null capacity means no limit; the form asks for at least 1, the seat count breaks below 0.
  check('meetings_capacity_check', sql`${t.capacity} >= 0`),
  check('meetings_ends_after_start_check', sql`${t.endsAt} > ${t.startsAt}`),
  check('meetings_reminder_days_check', sql`${t.reminderDaysBefore} between 0 and 30`),
]);

export const meetingThemes = pgTable(
  'meeting_themes',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    themeId: uuid('theme_id')
      .notNull()
      .references(() => themes.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.themeId] })],
);

export const agendaItemKinds = [
  'welcome',
  'theme',
  'talk',
  'discussion',
  'break',
  'networking',
  'closing',
] as const;
export const agendaItemKindEnum = pgEnum('agenda_item_kind', agendaItemKinds);

export const agendaItems = pgTable('agenda_items', {
  id: id(),
  meetingId: uuid('meeting_id')
    .notNull()
    .references(() => meetings.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  kind: agendaItemKindEnum('kind').notNull(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  durationMinutes: integer('duration_minutes').notNull(),
  themeId: uuid('theme_id').references(() => themes.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
}, (t) => [
  // Every read of an agenda is one meeting's items in order.
  index('agenda_items_meeting_idx').on(t.meetingId, t.position),
  // The start times of the items after it are computed from it (lib/agenda/agenda-times.ts).
  check('agenda_items_duration_check', sql`${t.durationMinutes} > 0`),
]);

export const speakers = pgTable('speakers', {
  id: id(),
  name: text('name').notNull(),
  organisation: text('organisation'),
  title: text('title'),
  external: boolean('external').notNull().default(false),
  email: text('email'),
  createdAt: createdAt(),
});

export const agendaItemSpeakers = pgTable(
  'agenda_item_speakers',
  {
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    speakerId: uuid('speaker_id')
      .notNull()
      .references(() => speakers.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.agendaItemId, t.speakerId] })],
);
