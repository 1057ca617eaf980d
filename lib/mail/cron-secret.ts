// The scheduler proves itself with `Authorization: Bearer $CRON_SECRET`. Compared in constant
// time; with no secret configured nobody gets in.
import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { getEnv } from '@/lib/env';

const digest = (value: string) => createHash('sha256').update(value).digest();

export function hasCronSecret(authorization: string | null): boolean {
  const secret = getEnv().CRON_SECRET;
  if (!secret || !authorization?.startsWith('Bearer ')) return false;
  return timingSafeEqual(digest(authorization.slice('Bearer '.length)), digest(secret));
}
