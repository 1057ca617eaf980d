// The people of a registration, by name: the registrant and each colleague. A registration is the
// party (who registered, for which company, waitlist place); an attendee is one seat. The database
// keeps the two in step (migration 0008's triggers): inserting a registration creates its
// registrant's attendee and one unnamed attendee per colleague, and every change to attendees
// writes `registrations.colleagues` (active attendees − 1) and `registrations.present` (checked in),
// so every existing seat count (`seatSum`) counts attendees.
import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tz, updatedAt } from './_columns';
import { users } from './auth';
import { meetings } from './meetings';
import { registrations } from './registrations';

export const attendees = pgTable(
  'attendees',
  {
    id: id(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    /** The registrant's own account (null for colleagues and once the account is deleted). */
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    isRegistrant: boolean('is_registrant').notNull().default(false),
    /** Order within the party: the registrant first, then colleagues as added. */
    position: integer('position').notNull().default(0),
    /** Empty until the registrant names a colleague (migrated colleagues start unnamed). */
    name: text('name').notNull().default(''),
    email: text('email'),
    /** E.g. dietary needs. */
    note: text('note'),
    /**
     * Part of the ticket code (lib/attendees/ticket-code.ts). Raised when the seat passes to another
     * person (a new name or email), so the old ticket and release link stop working.
     */
    ticketVersion: integer('ticket_version').notNull().default(1),
    /** The seat was given up (removed by the registrant, released by link, cancelled by the colleague). */
    cancelledAt: tz('cancelled_at'),
    checkedInAt: tz('checked_in_at'),
    checkedInById: text('checked_in_by_id').references(() => users.id, { onDelete: 'set null' }),
    /** Added at the door, not registered beforehand. */
    walkIn: boolean('walk_in').notNull().default(false),
    /** When the reminder before the meeting was queued; set once, in the same transaction. */
    remindedAt: tz('reminded_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('attendees_registration_idx').on(t.registrationId, t.position),
    index('attendees_meeting_idx').on(t.meetingId).where(sql`${t.cancelledAt} is null`),
    uniqueIndex('attendees_one_registrant_idx').on(t.registrationId).where(sql`${t.isRegistrant}`),
    index('attendees_user_idx').on(t.userId),
  ],
);
