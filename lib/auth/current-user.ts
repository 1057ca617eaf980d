// Who is asking: the user of the session cookie Auth.js set, read fresh from the database on every
// request so that a role change or a deactivation takes effect at once (see session-policy.ts).
import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { getEnv } from '@/lib/env';
import { sessionCookieName } from './session-policy';
import { readSessionUser, type CurrentUser } from './session-user';

export type { CurrentUser } from './session-user';

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const [jar, requestHeaders] = await Promise.all([cookies(), headers()]);
  const token = jar.get(sessionCookieName(getEnv().AUTH_URL, requestHeaders.get('x-forwarded-proto')))?.value;
  if (!token) return null;
  return readSessionUser(await getDb(), token, new Date());
});
