// Invitations to a published meeting, sent to a segment of the directory and the subscribers,
// and the council members' answers. A recipient is invited once per meeting whatever segments
// include them; the segment that first included them is kept for the statistics.
import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tz } from './_columns';
import { users } from './auth';
import { companies } from './companies';
import { meetings } from './meetings';

export const segmentKinds = ['subscribers', 'companies', 'earlier-attendees', 'proposers', 'council'] as const;
export type SegmentKind = (typeof segmentKinds)[number];

/** What an invitation was sent to: the chosen segments, and for companies the chosen filters. */
export type SegmentChoice = {
  kinds: SegmentKind[];
  industryCodes?: string[];
  employeesBands?: string[];
};

export const meetingInvitations = pgTable(
  'meeting_invitations',
  {
    id: id(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    segments: jsonb('segments').$type<SegmentChoice>().notNull(),
    sentById: text('sent_by_id').references(() => users.id, { onDelete: 'set null' }),
    sentAt: tz('sent_at').notNull().defaultNow(),
  },
  (t) => [index('meeting_invitations_meeting_idx').on(t.meetingId)],
);

export const invitationRecipients = pgTable(
  'invitation_recipients',
  {
    id: id(),
    invitationId: uuid('invitation_id')
      .notNull()
      .references(() => meetingInvitations.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    /** Stored in lower case. */
    email: text('email').notNull(),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'set null' }),
    segment: text('segment').$type<SegmentKind>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('invitation_recipients_once_idx').on(t.meetingId, sql`lower(${t.email})`),
    index('invitation_recipients_invitation_idx').on(t.invitationId),
  ],
);

export const councilAnswers = ['coming', 'not-coming'] as const;
export type CouncilAnswer = (typeof councilAnswers)[number];

export const councilRsvps = pgTable(
  'council_rsvps',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    answer: text('answer').$type<CouncilAnswer>().notNull(),
    answeredAt: tz('answered_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] })],
);
