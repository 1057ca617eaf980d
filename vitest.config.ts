// Test projects:
//  unit         pure functions, no database
//  db-pglite    integration tests on embedded PGlite (always)
//  db-postgres  the same tests on a real PostgreSQL server (when TEST_DATABASE_URL is set)
//  app          HTTP and browser tests against a production build (`next start`)
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = {
  '@': path.resolve(__dirname),
  // `server-only` throws outside React Server Components; tests run modules directly.
  'server-only': path.resolve(__dirname, 'tests/support/server-only-stub.ts'),
};

// next-auth and next-intl import 'next/server' without an extension, which Node's ESM resolver
// refuses; letting Vite process them resolves it as Next does.
const server = { deps: { inline: [/next-auth/, /next-intl/, /@auth\//] } };

const integration = (name: string, db: 'pglite' | 'postgres') => ({
  resolve: { alias },
  test: {
    name,
    server,
    include: ['tests/integration/**/*.test.ts'],
    setupFiles: ['tests/support/database-per-file.ts'],
    env: { TEST_DB: db },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'unit', server, include: ['tests/unit/**/*.test.ts'] } },
      integration('db-pglite', 'pglite'),
      ...(process.env.TEST_DATABASE_URL ? [integration('db-postgres', 'postgres')] : []),
      {
        resolve: { alias },
        test: {
          name: 'app',
          include: ['tests/http/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/app-server.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
