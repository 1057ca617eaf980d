// The real Resend SDK. It reads RESEND_BASE_URL itself, which lets tests stand in for the API.
import 'server-only';
import { Resend } from 'resend';
import { getEnv } from '@/lib/env';

export function isResendConfigured() {
  // MAIL_TRANSPORT=outbox-only keeps email local even when a key is set.
  return getEnv().mailTransport === 'resend' && Boolean(getEnv().RESEND_API_KEY);
}

export function resendClient(): Resend {
  const key = getEnv().RESEND_API_KEY;
  if (!key) throw new Error('RESEND_API_KEY is not set');
  return new Resend(key);
}
