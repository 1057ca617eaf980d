// The two-question evaluation after a meeting, answered through a signed link in the participant
// email without signing in: one answer per attendee (a second answer replaces the first).
import { sql } from 'drizzle-orm';
import { check, index, pgTable, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, tz, updatedAt } from './_columns';
import { attendees } from './attendees';
import { meetings } from './meetings';
import { themes } from './themes';

export const evaluations = pgTable(
  'evaluations',
  {
    id: id(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    attendeeId: uuid('attendee_id')
      .notNull()
      .references(() => attendees.id, { onDelete: 'cascade' }),
    /** How useful the meeting was, 1 (not at all) to 5 (very). */
    usefulness: smallint('usefulness').notNull(),
    /** What the next meeting should take up (free text, optional). */
    suggestion: text('suggestion'),
    /** The theme the secretariat made of the suggestion with one click, if it did. */
    suggestedThemeId: uuid('suggested_theme_id').references(() => themes.id, { onDelete: 'set null' }),
    answeredAt: tz('answered_at').notNull().defaultNow(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('evaluations_attendee_unique').on(t.attendeeId),
    index('evaluations_meeting_idx').on(t.meetingId),
    check('evaluations_usefulness_check', sql`${t.usefulness} between 1 and 5`),
  ],
);

export type Evaluation = typeof evaluations.$inferSelect;
