// Wraps a read for public pages in Next's data cache under tags, so a write can invalidate
// exactly what it changed. The cache stores JSON; Dates are kept as Dates across it.
import 'server-only';
import { unstable_cache } from 'next/cache';

function encode(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : v;
  });
}

function decode<T>(text: string): T {
  return JSON.parse(text, (_key, v) =>
    v && typeof v === 'object' && typeof v.$date === 'string' && Object.keys(v).length === 1 ? new Date(v.$date) : v,
  ) as T;
}

export function cachedQuery<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
  keyParts: string[],
  tags: (...args: A) => string[],
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    const cached = unstable_cache(async () => encode(await fn(...args)), [...keyParts, encode(args)], {
      tags: tags(...args),
    });
    return decode<R>(await cached());
  };
}
