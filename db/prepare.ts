// Brings a database up to date at server start: migrations always, demo data on a new
// embedded database (or when SEED_DEMO_DATA is set).
import 'server-only';
import { getDb, getDbHandle } from './client';
import { migrateDatabase } from './migrate';
import { seedDemoData } from './seed/seed-demo-data';
import { getEnv } from '@/lib/env';

export async function prepareDatabase({ log = console.log } = {}) {
  const started = Date.now();
  const kind = await migrateDatabase();
  const env = getEnv();
  const seeded = kind === 'pglite' || env.SEED_DEMO_DATA ? await seedDemoData(await getDb()) : false;
  log(`[db] ${kind} ready in ${Date.now() - started} ms${seeded ? ', demo data loaded' : ''}`);
  await getDbHandle();
}
