// Cache tag invalidations shared through PostgreSQL: two instances' syncs on one database, as two
// servers run. On the embedded PGlite database (one instance) the cache stays local.
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { createCacheState, type CacheState } from '@/lib/cache/shared-cache-handler.mjs';

const onPostgres = process.env.TEST_DB === 'postgres';

async function waitFor(check: () => boolean, ms: number) {
  const started = Date.now();
  while (!check() && Date.now() - started < ms) await new Promise((r) => setTimeout(r, 20));
  return Date.now() - started;
}

describe('cache tag invalidations between instances', () => {
  const states: CacheState[] = [];
  const instance = () => {
    const state = createCacheState({ databaseUrl: process.env.DATABASE_URL, syncOptions: { pollMs: 500 } });
    states.push(state);
    return state;
  };
  afterEach(async () => {
    await Promise.all(states.splice(0).map((s) => s.stop()));
  });

  it.skipIf(onPostgres)('stay inside the one instance on the embedded database', () => {
    expect(instance().sync).toBeNull();
  });

  it.skipIf(!onPostgres)('reach the other instance within 2 s of the write', async () => {
    const a = instance();
    const b = instance();
    await new Promise((r) => setTimeout(r, 600)); // both listening and past their first read
    const storedAt = Date.now() - 1;
    await a.sync!.publish(['meeting:x', 'meetings']);
    const waited = await waitFor(() => b.clock.isStale(['meeting:x'], storedAt), 2_000);
    expect(b.clock.isStale(['meeting:x'], storedAt), `after ${waited} ms`).toBe(true);
    expect(b.clock.isStale(['meetings'], storedAt)).toBe(true);
    expect(b.clock.isStale(['themes'], storedAt)).toBe(false);
    // A second invalidation of the same tag is news again.
    const later = Date.now() + 1;
    await new Promise((r) => setTimeout(r, 5));
    await a.sync!.publish(['meeting:x']);
    await waitFor(() => b.clock.isStale(['meeting:x'], later), 2_000);
    expect(b.clock.isStale(['meeting:x'], later)).toBe(true);
  });

  it.skipIf(!onPostgres)('are found by the poll when a notice was missed, and old ones are history at start', async () => {
    const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      await sql`insert into cache_tag_invalidations (tag) values ('articles') on conflict (tag) do update set version = cache_tag_invalidations.version + 1`;
      const b = instance();
      await new Promise((r) => setTimeout(r, 600));
      const storedAt = Date.now() - 1;
      expect(b.clock.isStale(['articles'], 0)).toBe(false);
      // A change with no NOTIFY, as if sent while b's listening connection was down.
      await sql`update cache_tag_invalidations set version = version + 1, invalidated_at = now() where tag = 'articles'`;
      await waitFor(() => b.clock.isStale(['articles'], storedAt), 2_000);
      expect(b.clock.isStale(['articles'], storedAt)).toBe(true);
    } finally {
      await sql.end();
    }
  });
});
