// Queues emails for the dispatch worker. Called inside the transaction that dispatches a
// follow-up, so the follow-up's new state and every recipient's row are saved together or not
// at all. A row whose idempotency key is already queued is skipped: queuing twice adds nothing.
import 'server-only';
import type { DbOrTx } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import type { PreparedEmail } from './send-email';

// Well under PostgreSQL's 65,535 parameters per statement.
const CHUNK = 500;

/** Returns how many rows were new. */
export async function queueEmails(tx: DbOrTx, rows: PreparedEmail[], now = new Date()): Promise<number> {
  let added = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const inserted = await tx
      .insert(emailOutbox)
      .values(rows.slice(i, i + CHUNK).map((row) => ({ ...row, status: 'pending' as const, attempts: 0, nextAttemptAt: now })))
      .onConflictDoNothing({ target: emailOutbox.idempotencyKey })
      .returning({ id: emailOutbox.id });
    added += inserted.length;
  }
  return added;
}
