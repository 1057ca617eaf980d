// The signed-in user behind a session token, in one query (session joined to its user) instead of
// Auth.js's `auth()` plus a user query: every admin request asks this, so it is a prepared query.
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { sessions, users } from '@/db/schema';
import { sessionIsLive } from './session-policy';

export type CurrentUser = {
  id: string;
  email: string;
  name: string | null;
  role: (typeof users.$inferSelect)['role'];
  locale: (typeof users.$inferSelect)['locale'];
  companyId: string | null;
};

function prepareSessionUserQuery(db: Db) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      locale: users.locale,
      companyId: users.companyId,
      deactivatedAt: users.deactivatedAt,
      expires: sessions.expires,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.sessionToken, sql.placeholder('token')))
    .prepare('session_user');
}

// One prepared query per database handle (tests open several).
const prepared = new WeakMap<Db, ReturnType<typeof prepareSessionUserQuery>>();

/** The user whose live session `token` names, read fresh so role changes and deactivation count at once. */
export async function readSessionUser(db: Db, token: string, now: Date): Promise<CurrentUser | null> {
  let query = prepared.get(db);
  if (!query) prepared.set(db, (query = prepareSessionUserQuery(db)));
  const [row] = await query.execute({ token });
  if (!row || !sessionIsLive(row, now)) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role, locale: row.locale, companyId: row.companyId };
}
