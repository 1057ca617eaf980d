// Who receives the forum's news and bulk email, and who must not. A subscription is one address
// with its legal basis; a suppression stops every bulk email to an address (unsubscribed,
// bounced, complained) whatever list it came from.
import { sql } from 'drizzle-orm';
import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tz, updatedAt } from './_columns';
import { users } from './auth';
import { companies } from './companies';

export const subscriptionStatuses = ['pending', 'active', 'unsubscribed'] as const;
export type SubscriptionStatus = (typeof subscriptionStatuses)[number];

/**
 * Why we may write to the address: the person's own consent (double opt-in on the public site,
 * one click in the portal), or the municipality's business service contacting companies under
 * its task (recorded by the secretariat per address, with a note of the legal ground).
 */
export const legalBases = ['consent', 'business-service'] as const;
export type LegalBasis = (typeof legalBases)[number];

export const subscriptionSources = ['public-form', 'portal', 'company-contact'] as const;
export type SubscriptionSource = (typeof subscriptionSources)[number];

export const subscriptions = pgTable(
  'subscriptions',
  {
    id: id(),
    /** Stored in lower case. */
    email: text('email').notNull(),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'set null' }),
    locale: text('locale').notNull().default('da'),
    status: text('status').$type<SubscriptionStatus>().notNull().default('pending'),
    legalBasis: text('legal_basis').$type<LegalBasis>().notNull(),
    /** Free text for the business-service basis (the law or decision relied on). */
    legalNote: text('legal_note'),
    source: text('source').$type<SubscriptionSource>().notNull(),
    confirmedAt: tz('confirmed_at'),
    unsubscribedAt: tz('unsubscribed_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('subscriptions_email_unique').on(sql`lower(${t.email})`),
    index('subscriptions_status_idx').on(t.status),
    index('subscriptions_company_idx').on(t.companyId),
  ],
);

export const suppressionReasons = ['unsubscribed', 'bounced', 'complained'] as const;
export type SuppressionReason = (typeof suppressionReasons)[number];

export const emailSuppressions = pgTable(
  'email_suppressions',
  {
    /** Stored in lower case. */
    email: text('email').primaryKey(),
    reason: text('reason').$type<SuppressionReason>().notNull(),
    createdAt: createdAt(),
  },
);
