// Builders for the admin tests: registrations, supports, speakers, agenda items, sessions.
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { agendaItems, auditLog, emailOutbox, registrations, sessions, speakers, themeSupports } from '@/db/schema';
import type { AuditActor } from '@/lib/audit/record-audit';
import { makeUser } from './fixtures';

export async function makeAdmin(role: 'secretariat' | 'chair' = 'secretariat'): Promise<AuditActor & { role: typeof role }> {
  const user = await makeUser(role);
  return { id: user.id, email: user.email, role };
}

export async function makeRegistration(overrides: Partial<typeof registrations.$inferInsert> & { meetingId: string }) {
  const db = await getDb();
  let { userId, companyId } = overrides;
  if (userId === undefined) {
    const user = await makeUser('company');
    userId = user.id;
    companyId ??= user.companyId;
  }
  const [row] = await db
    .insert(registrations)
    .values({
      userId,
      companyId: companyId ?? null,
      ...overrides,
      waitlistedAt: overrides.waitlistedAt ?? (overrides.status === 'waitlisted' ? new Date() : null),
    })
    .returning();
  return row;
}

export async function makeSupport(themeId: string, companyId: string) {
  const db = await getDb();
  await db.insert(themeSupports).values({ themeId, companyId });
}

export async function makeSpeaker(overrides: Partial<typeof speakers.$inferInsert> = {}) {
  const db = await getDb();
  const [row] = await db.insert(speakers).values({ name: 'Testtaler', organisation: 'Test A/S', ...overrides }).returning();
  return row;
}

export async function makeAgendaItem(overrides: Partial<typeof agendaItems.$inferInsert> & { meetingId: string; position: number }) {
  const db = await getDb();
  const [row] = await db.insert(agendaItems).values({ kind: 'talk', title: 'Punkt', durationMinutes: 15, ...overrides }).returning();
  return row;
}

export async function makeSession(userId: string) {
  const db = await getDb();
  const token = crypto.randomUUID();
  await db.insert(sessions).values({ sessionToken: token, userId, expires: new Date(Date.now() + 3600_000) });
  return token;
}

export async function emailsTo(address: string) {
  const db = await getDb();
  return db.select().from(emailOutbox).where(eq(emailOutbox.toEmail, address)).orderBy(emailOutbox.createdAt);
}

export async function auditEntriesFor(entityId: string) {
  const db = await getDb();
  return db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.id);
}
