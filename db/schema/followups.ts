// The three follow-ups of a held meeting: briefing, participant email, article.
import {
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, id, tz, updatedAt } from './_columns';
import { tsvector } from './_search';
import { users } from './auth';
import { meetings } from './meetings';

export const followupKinds = ['briefing', 'participant_email', 'article'] as const;
export const followupKindEnum = pgEnum('followup_kind', followupKinds);
export const followupStatusEnum = pgEnum('followup_status', ['draft', 'dispatched']);

/**
 * The chair's approval of a briefing: the secretariat asks for it, the chair approves it or sends
 * it back with a comment. Only an approved briefing can be sent; any edit after approval sets it
 * back to 'none' (what the chair approved is what is sent).
 */
export const briefingApprovalStates = ['none', 'requested', 'approved', 'returned'] as const;
export const briefingApprovalEnum = pgEnum('briefing_approval', briefingApprovalStates);

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
    /** Markdown. The briefing's account ("Sagsfremstilling"). */
    body: text('body').notNull().default(''),
    /** Briefing: the municipal case number (Acadre "sagsnr."). */
    caseNumber: text('case_number').notNull().default(''),
    /** Briefing: the summary ("Resumé"). */
    summary: text('summary').notNull().default(''),
    /** Briefing: the recommendation ("Indstilling"), where there is one. */
    recommendation: text('recommendation').notNull().default(''),
    approval: briefingApprovalEnum('approval').notNull().default('none'),
    approvalRequestedAt: tz('approval_requested_at'),
    approvalRequestedById: text('approval_requested_by_id').references(() => users.id, { onDelete: 'set null' }),
    /** When the chair approved or returned it, who, and the chair's comment on a return. */
    approvalDecidedAt: tz('approval_decided_at'),
    approvalDecidedById: text('approval_decided_by_id').references(() => users.id, { onDelete: 'set null' }),
    approvalComment: text('approval_comment'),
    /** Public address of the article. */
    slug: text('slug').unique(),
    previewedAt: tz('previewed_at'),
    dispatchedAt: tz('dispatched_at'),
    dispatchedById: text('dispatched_by_id').references(() => users.id, { onDelete: 'set null' }),
    /** Articles can be unpublished after dispatch. */
    unpublishedAt: tz('unpublished_at'),
    /** Title, lead and body in the Danish dictionary, for the public search of articles; generated. */
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('danish', title), 'A') || setweight(to_tsvector('danish', lead), 'B') || setweight(to_tsvector('danish', body), 'C')`,
    ),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('followups_meeting_kind_unique').on(t.meetingId, t.kind),
    index('followups_search_idx').using('gin', t.searchVector),
  ],
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
