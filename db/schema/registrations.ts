// Registrations for meetings. The person may bring colleagues; each counts against capacity.
import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
// Relative: drizzle-kit reads this file without the app's path aliases.
import { MAX_COLLEAGUES } from '../../lib/registrations/limits';
import { createdAt, id, tz, updatedAt } from './_columns';
import { users } from './auth';
import { companies } from './companies';
import { meetings } from './meetings';

export const registrationStatuses = ['registered', 'waitlisted', 'cancelled', 'attended'] as const;
export const registrationStatusEnum = pgEnum('registration_status', registrationStatuses);

export const registrations = pgTable(
  'registrations',
  {
    id: id(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    /** Null once the person deleted their account; the row stays for the statistics. */
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'set null' }),
    /** Active attendees besides the registrant; written by the attendees trigger (db/schema/attendees.ts). */
    colleagues: integer('colleagues').notNull().default(0),
    /** Attendees checked in; written by the attendees trigger. */
    present: integer('present').notNull().default(0),
    note: text('note'),
    status: registrationStatusEnum('status').notNull().default('registered'),
    /** When the person joined the waitlist; the oldest moves up first. */
    waitlistedAt: tz('waitlisted_at'),
    cancelledAt: tz('cancelled_at'),
    attendedAt: tz('attended_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('registrations_active_unique')
      .on(t.meetingId, t.userId)
      .where(sql`${t.status} <> 'cancelled'`),
    index('registrations_meeting_idx').on(t.meetingId, t.status),
    // A person's own registrations (the portal) and deleting an account (sets user_id null).
    index('registrations_user_idx').on(t.userId),
    // Each colleague takes a seat: the same limit as the form's.
    check('registrations_colleagues_check', sql`${t.colleagues} between 0 and ${sql.raw(String(MAX_COLLEAGUES))}`),
  ],
);
