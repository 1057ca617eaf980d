// Runs once when the server starts: open the database, migrate it, seed demo data if new, then
// start this instance's email outbox worker (also in development, so the development mailbox
// shows every email within a second or two).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { prepareDatabase } = await import('./db/prepare');
  await prepareDatabase();
  const { startOutboxWorker } = await import('./lib/mail/outbox-wake');
  startOutboxWorker();
}
