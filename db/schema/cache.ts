// Cache tag invalidations shared by every app instance on this database. Each instance keeps its
// cached pages in its own memory (lib/cache/shared-cache-handler.mjs); a write on one instance
// bumps the tag's version here and NOTIFYs the others, which treat entries stored before they
// learned of the bump as gone. The row is the fallback for a missed notification.
import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const cacheTagInvalidations = pgTable(
  'cache_tag_invalidations',
  {
    tag: text('tag').primaryKey(),
    version: integer('version').notNull().default(1),
    invalidatedAt: timestamp('invalidated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cache_tag_invalidations_invalidated_at_idx').on(t.invalidatedAt)],
);
