// Auth.js (next-auth v5): email magic links with database sessions through the Drizzle adapter.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import NextAuth from 'next-auth';
import Resend from 'next-auth/providers/resend';
import { getDb } from '@/db/client';
import { accounts, sessions, users, verificationTokens } from '@/db/schema';
import { getEnv, isProduction } from '@/lib/env';
import { normalizeEmail } from './email-address';
import { applyRoleOnSignIn, isDeactivated } from './roles-on-sign-in';
import { safeReturnPath } from './safe-return-path';
import { sendSignInEmail } from './send-sign-in-email';
import { withSignInEmailInTokenTransaction } from './sign-in-token';

/** ASVS 5.0 6.5.5: a magic link lives at most 10 minutes. */
export const MAGIC_LINK_MAX_AGE_SECONDS = 10 * 60;
const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

const DEV_SECRET = 'development-only-secret-do-not-use-in-production-0123456789';

export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const db = await getDb();
  const env = getEnv();
  return {
    adapter: withSignInEmailInTokenTransaction(
      db,
      DrizzleAdapter(db, {
        usersTable: users,
        accountsTable: accounts,
        sessionsTable: sessions,
        verificationTokensTable: verificationTokens,
      }),
    ),
    secret: env.AUTH_SECRET ?? (isProduction() ? undefined : DEV_SECRET),
    trustHost: env.AUTH_TRUST_HOST || !isProduction(),
    session: {
      strategy: 'database',
      maxAge: SESSION_MAX_AGE_SECONDS,
      // 256 bits instead of the default UUID's 122 (ASVS 7.2.3).
      generateSessionToken: () => randomBytes(32).toString('hex'),
    },
    providers: [
      Resend({
        id: 'resend',
        from: env.MAIL_FROM,
        apiKey: env.RESEND_API_KEY ?? 'unused',
        maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
        normalizeIdentifier: normalizeEmail,
        sendVerificationRequest: ({ identifier, url }) => sendSignInEmail({ email: identifier, url }),
      }),
    ],
    pages: {
      signIn: '/signin',
      verifyRequest: '/signin/check-email',
      error: '/signin/error',
      signOut: '/signout',
    },
    callbacks: {
      // Auth.js's default parses callbackUrl with new URL() and answers 500 on a malformed one
      // (query or cookie); any value that is not a path or URL of this site goes home instead.
      redirect({ url, baseUrl }) {
        const path = safeReturnPath(url);
        if (path) return `${baseUrl}${path}`;
        try {
          const parsed = new URL(url);
          return parsed.origin === baseUrl ? parsed.href : baseUrl;
        } catch {
          return baseUrl;
        }
      },
      async signIn({ user }) {
        return !(await isDeactivated(db, user.email));
      },
      async session({ session, user }) {
        session.user.id = user.id;
        return session;
      },
    },
    events: {
      async signIn({ user }) {
        if (user.email) await applyRoleOnSignIn(db, user.email);
      },
    },
  };
});
