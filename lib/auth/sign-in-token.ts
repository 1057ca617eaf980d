// The adapter's createVerificationToken, extended: the sign-in email that Auth.js rendered a
// moment earlier (send-sign-in-email.ts) is queued in the same transaction as the token, so there
// is never a token without its email or an email without its token.
import 'server-only';
import type { Adapter, VerificationToken } from 'next-auth/adapters';
import type { Db } from '@/db/client';
import { verificationTokens } from '@/db/schema';
import { queueEmails } from '@/lib/mail/outbox-queue';
import { wakeOutboxWorker } from '@/lib/mail/outbox-wake';
import { takeSignInEmail } from './sign-in-context';

export function withSignInEmailInTokenTransaction(db: Db, adapter: Adapter): Adapter {
  return {
    ...adapter,
    async createVerificationToken(data: VerificationToken) {
      const email = takeSignInEmail();
      if (!email) return adapter.createVerificationToken!(data);
      const row = await email;
      const token = await db.transaction(async (tx) => {
        const [saved] = await tx.insert(verificationTokens).values(data).returning();
        await queueEmails(tx, [row]);
        return saved;
      });
      wakeOutboxWorker();
      return token;
    },
  };
}
