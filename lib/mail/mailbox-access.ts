// The development mailbox shows every stored email, sign-in links included. It is on only when
// no real provider is configured outside production, or when explicitly enabled.
import { getEnv } from '@/lib/env';

export function isMailboxEnabled(): boolean {
  const env = getEnv();
  if (env.ENABLE_DEV_MAILBOX) return true;
  return env.NODE_ENV !== 'production' && env.mailTransport === 'outbox-only';
}
