// The one database handle. postgres.js when DATABASE_URL is set, otherwise embedded PGlite
// persisted in PGLITE_DATA_DIR. Opened lazily: `next build` imports modules and must not open it.
import 'server-only';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { getEnv } from '@/lib/env';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction or the database itself: domain functions accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

type Handle = { db: Db; kind: 'postgres' | 'pglite'; close: () => Promise<void> };

const globalForDb = globalThis as unknown as { __erhvervsforumDb?: Promise<Handle> };

async function open(): Promise<Handle> {
  const env = getEnv();
  if (env.DATABASE_URL) {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const client = postgres(env.DATABASE_URL, {
      max: env.DATABASE_POOL_SIZE,
      onnotice: () => {},
      // The benchmark counts the queries a request makes from these lines (npm run bench).
      ...(env.BENCH_COUNT_QUERIES ? { debug: () => console.log('[bench:query]') } : {}),
    });
    return {
      db: drizzle(client, { schema }) as unknown as Db,
      kind: 'postgres',
      close: () => client.end({ timeout: 5 }),
    };
  }
  // Fail closed: a production server never falls back to the embedded database by accident.
  if (env.NODE_ENV === 'production' && !env.NOT_A_DEPLOYMENT) {
    throw new Error('DATABASE_URL is required in production (NOT_A_DEPLOYMENT=1 allows the embedded database for local runs)');
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const dir = env.PGLITE_DATA_DIR;
  let dataDir: string | undefined = dir;
  if (dir === 'memory://') dataDir = undefined;
  else {
    dataDir = path.resolve(dir);
    mkdirSync(dataDir, { recursive: true });
  }
  const client = new PGlite(dataDir);
  await client.waitReady;
  return {
    db: drizzle(client, { schema }) as unknown as Db,
    kind: 'pglite',
    close: () => client.close(),
  };
}

export function getDbHandle(): Promise<Handle> {
  globalForDb.__erhvervsforumDb ??= open();
  return globalForDb.__erhvervsforumDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

export async function closeDb() {
  const handle = globalForDb.__erhvervsforumDb;
  globalForDb.__erhvervsforumDb = undefined;
  if (handle) await (await handle).close();
}
