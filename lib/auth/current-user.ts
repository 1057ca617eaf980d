// Who is asking: the session's user, read fresh from the database on every request so that a
// role change or a deactivation takes effect at once.
import 'server-only';
import { eq } from 'drizzle-orm';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { auth } from './config';

export type CurrentUser = {
  id: string;
  email: string;
  name: string | null;
  role: (typeof users.$inferSelect)['role'];
  locale: (typeof users.$inferSelect)['locale'];
  companyId: string | null;
};

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      locale: users.locale,
      companyId: users.companyId,
      deactivatedAt: users.deactivatedAt,
    })
    .from(users)
    .where(eq(users.id, id));
  if (!row || row.deactivatedAt) return null;
  const { deactivatedAt, ...user } = row;
  return user;
});
