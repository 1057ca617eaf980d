import 'server-only';
import { headers } from 'next/headers';

// The last X-Forwarded-For entry is the one our own proxy appended (as in lib/auth/sign-in-actions.ts).
export async function clientKey() {
  const h = await headers();
  return h.get('x-forwarded-for')?.split(',').at(-1)?.trim() || h.get('x-real-ip') || 'direct';
}
