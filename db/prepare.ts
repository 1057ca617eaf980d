// Brings a database up to date at server start: migrations always (once, under a lock, when
// several instances start together), demo data on a new embedded database or when
// SEED_DEMO_DATA is set. Production never gets the demo data and its admin accounts unless
// NOT_A_DEPLOYMENT says this is a local or test run (lib/env-production.ts refuses otherwise).
import 'server-only';
import { getDb, getDbHandle } from './client';
import { migrateDatabase } from './migrate';
import { seedDemoData } from './seed/seed-demo-data';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/log/logger';

export function demoDataAllowed(env = getEnv()): boolean {
  return env.NODE_ENV !== 'production' || env.NOT_A_DEPLOYMENT;
}

export async function prepareDatabase() {
  const started = Date.now();
  const kind = await migrateDatabase();
  const env = getEnv();
  const wanted = kind === 'pglite' || env.SEED_DEMO_DATA;
  const seeded = wanted && demoDataAllowed(env) ? await seedDemoData(await getDb()) : false;
  logger.info({ event: 'db.ready', database: kind, ms: Date.now() - started, demoDataLoaded: seeded }, `database ready`);
  await getDbHandle();
}
