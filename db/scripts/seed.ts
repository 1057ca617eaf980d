import { closeDb, getDb } from '../client';
import { migrateDatabase } from '../migrate';
import { seedDemoData } from '../seed/seed-demo-data';

await migrateDatabase();
const seeded = await seedDemoData(await getDb());
console.log(seeded ? 'Demo data loaded.' : 'The database already has data; nothing changed.');
await closeDb();
