// Signed codes for links that work without signing in (unsubscribe, confirm a subscription, a
// council member's answer to an invitation). The code names its purpose and its subject and is
// signed with AUTH_SECRET (HMAC-SHA256), so it cannot be guessed or moved to another purpose;
// it says nothing personal beyond what the link already is about.
import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { getEnv, isProduction } from '@/lib/env';

const DEV_SECRET = 'development-only-secret-do-not-use-in-production-0123456789';

function secret(): string {
  const configured = getEnv().AUTH_SECRET;
  if (configured) return configured;
  if (isProduction()) throw new Error('AUTH_SECRET is required to sign links');
  return DEV_SECRET;
}

function mac(purpose: string, subject: string): string {
  return createHmac('sha256', secret()).update(`${purpose}\n${subject}`).digest('base64url');
}

/** A code for `subject` (e.g. an email address or "meetingId:userId") usable only for `purpose`. */
export function signCode(purpose: string, subject: string): string {
  return `${Buffer.from(subject, 'utf8').toString('base64url')}.${mac(purpose, subject)}`;
}

/** The subject a code was signed for, or null when it is forged, damaged or for another purpose. */
export function readCode(purpose: string, code: string | null | undefined): string | null {
  if (!code || code.length > 2000) return null;
  const dot = code.indexOf('.');
  if (dot <= 0) return null;
  const subject = Buffer.from(code.slice(0, dot), 'base64url').toString('utf8');
  const given = Buffer.from(code.slice(dot + 1), 'utf8');
  const expected = Buffer.from(mac(purpose, subject), 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return subject;
}
