import { closeDb } from '../client';
import { migrateDatabase } from '../migrate';

const kind = await migrateDatabase();
console.log(`Migrations applied (${kind}).`);
await closeDb();
