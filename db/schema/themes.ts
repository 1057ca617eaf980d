// Themes proposed by companies (or the secretariat) and moderated by the admins.
import {
  type AnyPgColumn,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, id, tz, updatedAt } from './_columns';
import { tsvector } from './_search';
import { users } from './auth';
import { companies } from './companies';
import { meetings } from './meetings';

export const themeCategories = [
  'growth',
  'innovation',
  'networks',
  'smes',
  'business_areas',
  'entrepreneurship',
  'green_growth',
  'mobility',
  'skills',
  'local',
] as const;
export const themeCategoryEnum = pgEnum('theme_category', themeCategories);

export const themeStatuses = ['submitted', 'accepted', 'rejected', 'merged', 'withdrawn'] as const;
export const themeStatusEnum = pgEnum('theme_status', themeStatuses);

export const themes = pgTable(
  'themes',
  {
    id: id(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    category: themeCategoryEnum('category').notNull(),
    status: themeStatusEnum('status').notNull().default('submitted'),
    /** The moderator's answer, shown to the proposer (the reason on a rejection). */
    moderatorAnswer: text('moderator_answer'),
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => themes.id, {
      onDelete: 'set null',
    }),
    proposerId: text('proposer_id').references(() => users.id, { onDelete: 'set null' }),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'set null' }),
    wishedMeetingId: uuid('wished_meeting_id').references((): AnyPgColumn => meetings.id, {
      onDelete: 'set null',
    }),
    decidedById: text('decided_by_id').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: tz('decided_at'),
    /**
     * The secretariat's wording for publication; null while the proposer's own title and
     * description (above, never changed by the secretariat) are what the public reads.
     */
    publicTitle: text('public_title'),
    publicDescription: text('public_description'),
    wordingEditedById: text('wording_edited_by_id').references(() => users.id, { onDelete: 'set null' }),
    wordingEditedAt: tz('wording_edited_at'),
    /**
     * What came of the theme, written by the secretariat after the meeting (e.g. what
     * Økonomiudvalget decided), with the case number it was decided under.
     */
    outcome: text('outcome'),
    outcomeCaseNumber: text('outcome_case_number'),
    outcomeAt: tz('outcome_at'),
    outcomeById: text('outcome_by_id').references(() => users.id, { onDelete: 'set null' }),
    /** The public wording in the Danish dictionary (title weighted above description); generated. */
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('danish', coalesce(public_title, title)), 'A') || setweight(to_tsvector('danish', coalesce(public_description, description)), 'B')`,
    ),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('themes_status_idx').on(t.status, t.createdAt),
    index('themes_search_idx').using('gin', t.searchVector),
  ],
);

/**
 * A person following a theme: emailed on each new step of its trail. The proposer follows its own
 * theme from the start (a trigger in migration 0009) and may stop, like anyone else.
 */
export const themeFollows = pgTable(
  'theme_follows',
  {
    themeId: uuid('theme_id')
      .notNull()
      .references(() => themes.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.themeId, t.userId] }), index('theme_follows_user_idx').on(t.userId)],
);

/**
 * Each step of a theme's trail that its followers were told about, once: the key is the step
 * (e.g. 'accepted', 'scheduled:<meetingId>', 'reported:<followupId>', 'outcome'), so a retried or
 * repeated command does not email twice.
 */
export const themeStepNotices = pgTable(
  'theme_step_notices',
  {
    themeId: uuid('theme_id')
      .notNull()
      .references(() => themes.id, { onDelete: 'cascade' }),
    stepKey: text('step_key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.themeId, t.stepKey] })],
);

/** One support per company per theme. */
export const themeSupports = pgTable(
  'theme_supports',
  {
    themeId: uuid('theme_id')
      .notNull()
      .references(() => themes.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.themeId, t.companyId] })],
);
