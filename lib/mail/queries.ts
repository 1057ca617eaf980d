// Reads for the development mailbox.
import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { outboxListColumns } from './outbox-list-columns';

export async function listMailbox({ to, limit = 100 }: { to?: string; limit?: number }) {
  const db = await getDb();
  return db
    .select({
      ...outboxListColumns,
      text: emailOutbox.text,
      html: emailOutbox.html,
      status: emailOutbox.status,
      hasAttachments: emailOutbox.attachments,
      headers: emailOutbox.headers,
    })
    .from(emailOutbox)
    .where(to ? eq(emailOutbox.toEmail, to.toLowerCase()) : undefined)
    .orderBy(desc(emailOutbox.createdAt))
    .limit(limit);
}

export async function getMailboxMessage(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  return row ?? null;
}

/** Absolute links found in an email's text, in order. */
export function linksIn(text: string): string[] {
  return Array.from(new Set(text.match(/https?:\/\/[^\s<>"')\]]+/g) ?? []));
}
