import { closeDb, getDb } from '../client';
import { migrateDatabase } from '../migrate';
import { seedDemoData } from '../seed/seed-demo-data';
import { getEnv } from '@/lib/env';

// The demo data brings demo admin accounts: never into a production database.
if (getEnv().NODE_ENV === 'production' && !getEnv().NOT_A_DEPLOYMENT) {
  console.error('Refusing to load demo data in production (NOT_A_DEPLOYMENT=1 allows it for a local run).');
  process.exit(1);
}
await migrateDatabase();
const seeded = await seedDemoData(await getDb());
console.log(seeded ? 'Demo data loaded.' : 'The database already has data; nothing changed.');
await closeDb();
