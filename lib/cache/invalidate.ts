// Marks cached public data as changed. Called by server actions and handlers after a write.
import 'server-only';
import { revalidateTag } from 'next/cache';

export function invalidate(...tags: string[]) {
  for (const tag of tags) {
    // expire: 0 — the next visitor gets fresh data, never a stale seat count.
    revalidateTag(tag, { expire: 0 });
  }
}
