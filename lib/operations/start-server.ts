// The server's start (called from instrumentation.ts on the Node.js runtime): check the
// environment and refuse to run with every problem named, then open, migrate and, where
// allowed, seed the database.
import { startupProblems, startupRefusal } from '@/lib/env-production';

export async function startServer() {
  const problems = startupProblems(process.env);
  if (problems.length > 0) {
    // Plain stderr, not the logger: the logger's settings are part of what may be wrong.
    console.error(startupRefusal(problems));
    process.exit(1);
  }
  const { prepareDatabase } = await import('@/db/prepare');
  await prepareDatabase();
}
