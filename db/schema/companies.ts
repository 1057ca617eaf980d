// Local companies; people ask to join a company through its CVR number (see memberships.ts).
import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, tz, updatedAt } from './_columns';

export const companies = pgTable('companies', {
  id: id(),
  cvr: text('cvr').notNull().unique(),
  name: text('name').notNull(),
  address: text('address'),
  postalCode: text('postal_code'),
  city: text('city'),
  /** Industry text (from the CVR register when imported, e.g. "Engroshandel med ..."). */
  industry: text('industry'),
  /** The CVR register's industry code (DB07, six digits, e.g. "464900"); set by the import. */
  industryCode: text('industry_code'),
  employees: integer('employees'),
  /** The CVR register's employees band, e.g. "10-19" (see lib/directory/employee-bands.ts). */
  employeesBand: text('employees_band'),
  /** The company's own contact address from the CVR extract (not a user; nobody signs in with it). */
  email: text('email'),
  /** The business area of Albertslund the address lies in (see lib/directory/business-areas.ts). */
  area: text('area'),
  /** When the secretariat's CVR import last created or updated the company. */
  importedAt: tz('imported_at'),
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
}, (t) => [
  // The directory's filters.
  index('companies_industry_code_idx').on(t.industryCode),
  index('companies_area_idx').on(t.area),
]);
