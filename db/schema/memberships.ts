// Requests to join a company. users.companyId means an APPROVED membership; everything that is
// not (yet) approved lives here, so every query scoped by users.companyId stays safe.
import { sql } from 'drizzle-orm';
import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tz } from './_columns';
import { users } from './auth';
import { companies } from './companies';

export const joinRequestStatuses = ['pending', 'approved', 'declined', 'withdrawn'] as const;
export type JoinRequestStatus = (typeof joinRequestStatuses)[number];

/** How an approved request was decided: by a member, by the secretariat, or by a proven domain. */
export const joinDecisionRoutes = ['member', 'secretariat', 'domain'] as const;
export type JoinDecisionRoute = (typeof joinDecisionRoutes)[number];

export const companyJoinRequests = pgTable(
  'company_join_requests',
  {
    id: id(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status').$type<JoinRequestStatus>().notNull().default('pending'),
    decidedVia: text('decided_via').$type<JoinDecisionRoute>(),
    decidedById: text('decided_by_id').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: tz('decided_at'),
    createdAt: createdAt(),
  },
  (t) => [
    // A person waits for one company at a time.
    uniqueIndex('company_join_requests_one_pending_idx').on(t.userId).where(sql`${t.status} = 'pending'`),
    index('company_join_requests_company_idx').on(t.companyId, t.status),
  ],
);
