// Gives every test file a database of its own: a fresh PostgreSQL database on the server named
// by TEST_DATABASE_URL (dropped afterwards), or an in-memory PGlite. Migrations are applied.
import postgres from 'postgres';
import { afterAll, beforeAll } from 'vitest';
import { closeDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { resetEnvForTests } from '@/lib/env';

const serverUrl = process.env.TEST_DATABASE_URL;
let databaseName: string | undefined;

function urlFor(base: string, database: string) {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

beforeAll(async () => {
  delete process.env.RESEND_API_KEY;
  if (process.env.TEST_DB === 'postgres') {
    if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set');
    databaseName = `ef_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${databaseName}`);
    await admin.end();
    process.env.DATABASE_URL = urlFor(serverUrl, databaseName);
    process.env.DATABASE_POOL_SIZE ??= '20';
  } else {
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DATA_DIR = 'memory://';
  }
  resetEnvForTests();
  await migrateDatabase();
});

afterAll(async () => {
  await closeDb();
  if (databaseName && serverUrl) {
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    await admin.end();
  }
});
