// Local companies; people ask to join a company through its CVR number (see memberships.ts).
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, tz, updatedAt } from './_columns';

export const companies = pgTable('companies', {
  id: id(),
  cvr: text('cvr').notNull().unique(),
  name: text('name').notNull(),
  address: text('address'),
  postalCode: text('postal_code'),
  city: text('city'),
  industry: text('industry'),
  employees: integer('employees'),
  website: text('website'),
  /**
   * Set when the secretariat has checked that the company is real and its first members belong
   * to it. Until then nobody's address proves a domain and join requests go to the secretariat.
   */
  verifiedAt: tz('verified_at'),
  /** The user id of whoever verified it (no foreign key: the audit log keeps the name). */
  verifiedById: text('verified_by_id'),
  /** An email domain the secretariat has confirmed belongs to the company, e.g. "firma.dk". */
  provenDomain: text('proven_domain'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
