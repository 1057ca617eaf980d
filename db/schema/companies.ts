// Local companies; people join a company through its CVR number.
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './_columns';

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
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
