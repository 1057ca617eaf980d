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
import { createdAt, id, tz, updatedAt } from './_columns';
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
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('themes_status_idx').on(t.status, t.createdAt)],
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
