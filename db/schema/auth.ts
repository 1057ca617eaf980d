// Auth.js tables (Drizzle adapter) plus our own user fields: role, language, company, deactivation.
import { index, integer, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tz } from './_columns';
import { companies } from './companies';

export const roles = ['company', 'council', 'secretariat', 'chair'] as const;
export const roleEnum = pgEnum('role', roles);
export const locales = ['da', 'en'] as const;
export const localeEnum = pgEnum('locale', locales);

export const users = pgTable('users', {
  id: text('id')
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text('name'),
  email: text('email').notNull().unique(),
  emailVerified: tz('email_verified'),
  image: text('image'),
  role: roleEnum('role').notNull().default('company'),
  locale: localeEnum('locale').notNull().default('da'),
  jobTitle: text('job_title'),
  phone: text('phone'),
  companyId: uuid('company_id').references(() => companies.id, { onDelete: 'set null' }),
  deactivatedAt: tz('deactivated_at'),
  createdAt: createdAt(),
});

export const accounts = pgTable(
  'accounts',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    provider: text('provider').notNull(),
    providerAccountId: text('provider_account_id').notNull(),
    refresh_token: text('refresh_token'),
    access_token: text('access_token'),
    expires_at: integer('expires_at'),
    token_type: text('token_type'),
    scope: text('scope'),
    id_token: text('id_token'),
    session_state: text('session_state'),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = pgTable(
  'sessions',
  {
    sessionToken: text('session_token').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expires: tz('expires').notNull(),
  },
  // Signing a person out everywhere (deactivation, role change) deletes by user.
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const verificationTokens = pgTable(
  'verification_tokens',
  {
    identifier: text('identifier').notNull(),
    token: text('token').notNull(),
    expires: tz('expires').notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** An invitation gives a role to an email address; it applies on that person's first sign-in. */
export const invitations = pgTable('invitations', {
  email: text('email').primaryKey(),
  role: roleEnum('role').notNull(),
  invitedById: text('invited_by_id').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
  acceptedAt: tz('accepted_at'),
});

/** Counts sign-in requests per email and per client so limits hold across app instances. */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    createdAt: createdAt(),
  },
  // Every sign-in request counts one key's attempts within the window.
  (t) => [index('sign_in_attempts_key_created_idx').on(t.key, t.createdAt)],
);
