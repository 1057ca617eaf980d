// The three follow-ups of a held meeting: briefing, participant email, article.
import {
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, tz, updatedAt } from './_columns';
import { users } from './auth';
import { meetings } from './meetings';

export const followupKinds = ['briefing', 'participant_email', 'article'] as const;
export const followupKindEnum = pgEnum('followup_kind', followupKinds);
export const followupStatusEnum = pgEnum('followup_status', ['draft', 'dispatched']);

export const followups = pgTable(
  'followups',
  {
    id: id(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    kind: followupKindEnum('kind').notNull(),
    status: followupStatusEnum('status').notNull().default('draft'),
    /** Title of the briefing or article; subject of the participant email. */
    title: text('title').notNull().default(''),
    /** The article's lead paragraph. */
    lead: text('lead').notNull().default(''),
    /** Markdown. */
    body: text('body').notNull().default(''),
    /** Public address of the article. */
    slug: text('slug').unique(),
    previewedAt: tz('previewed_at'),
    dispatchedAt: tz('dispatched_at'),
    dispatchedById: text('dispatched_by_id').references(() => users.id, { onDelete: 'set null' }),
    /** Articles can be unpublished after dispatch. */
    unpublishedAt: tz('unpublished_at'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('followups_meeting_kind_unique').on(t.meetingId, t.kind)],
);

/** Read receipts of briefings by council members. */
export const briefingReads = pgTable(
  'briefing_reads',
  {
    followupId: uuid('followup_id')
      .notNull()
      .references(() => followups.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    readAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.followupId, t.userId] })],
);
