// What every list of outbox emails shows for a row (the failed-email list for the secretariat,
// the development mailbox): which email, what kind, to whom, when.
import { emailOutbox } from '@/db/schema';

export const outboxListColumns = {
  id: emailOutbox.id,
  kind: emailOutbox.kind,
  toEmail: emailOutbox.toEmail,
  subject: emailOutbox.subject,
  createdAt: emailOutbox.createdAt,
};
