// Runs once when the server starts: open the database, migrate it, seed demo data if new.
// Doing it here rather than in the first request keeps that request fast.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { prepareDatabase } = await import('./db/prepare');
  await prepareDatabase();
}
