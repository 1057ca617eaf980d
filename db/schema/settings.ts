// The forum's own facts (one row): chair, secretariat contact, committee it reports to.
import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { updatedAt } from './_columns';

export const forumSettings = pgTable('forum_settings', {
  id: integer('id').primaryKey().default(1),
  forumName: text('forum_name').notNull(),
  municipality: text('municipality').notNull(),
  chairName: text('chair_name').notNull(),
  chairTitle: text('chair_title').notNull(),
  ownerName: text('owner_name').notNull(),
  ownerTitle: text('owner_title').notNull(),
  secretariatName: text('secretariat_name').notNull(),
  addressLine: text('address_line').notNull(),
  postalCity: text('postal_city').notNull(),
  email: text('email').notNull(),
  phone: text('phone').notNull(),
  reportsTo: text('reports_to').notNull(),
  updatedAt: updatedAt(),
}, (t) => [
  // One row: every reader takes the first, so a second row would be read at random.
  check('forum_settings_single_row_check', sql`${t.id} = 1`),
]);
