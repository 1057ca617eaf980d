// The health check's reading of the database: migrations current or behind, and the age of the
// oldest email waiting in the outbox.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { readHealth } from '@/lib/operations/health';

const now = new Date();

describe('the health reading', () => {
  it('is ok on a migrated database and gives the age of the oldest pending email', async () => {
    const db = await getDb();
    expect(await readHealth(db, { now })).toEqual({ status: 'ok', database: 'ok', migrations: 'current', outbox: { pending: 0, oldestPendingSeconds: null } });

    await db.insert(emailOutbox).values(
      [600, 30].map((secondsAgo) => ({
        kind: 'registration-confirmed' as const,
        toEmail: 'someone@firma.test',
        subject: 's',
        html: 'h',
        text: 't',
        idempotencyKey: `health:${crypto.randomUUID()}`,
        createdAt: new Date(now.getTime() - secondsAgo * 1000),
      })),
    );
    const health = await readHealth(db, { now });
    expect(health.outbox).toEqual({ pending: 2, oldestPendingSeconds: 600 });
    expect(JSON.stringify(health)).not.toContain('@');
  });

  it('is unavailable while the database lacks a migration of this build', async () => {
    const db = await getDb();
    // The newest applied migration made to look one millisecond older than this build's.
    await db.execute(sql`update drizzle.__drizzle_migrations set created_at = created_at - 1 where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`);
    try {
      expect(await readHealth(db, { now })).toMatchObject({ status: 'unavailable', database: 'ok', migrations: 'behind' });
    } finally {
      await db.execute(sql`update drizzle.__drizzle_migrations set created_at = created_at + 1 where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`);
    }
  });
});

describe('the health reading of a database that cannot be opened', () => {
  it('is unavailable and says the database is unreachable', async () => {
    expect(await readHealth(Promise.reject(new Error('connection refused')), { now })).toEqual({
      status: 'unavailable',
      database: 'unreachable',
      migrations: 'unknown',
      outbox: null,
    });
  });
});
