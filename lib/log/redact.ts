// Personal data never reaches the logs in clear: every email address in a logged value is
// replaced by a short keyed hash, so one person's events can still be followed in the logs
// without the address being readable there.
import { createHash } from 'node:crypto';

const EMAIL = /[^\s"'<>(),;:@]+@[^\s"'<>(),;:@]+\.[^\s"'<>(),;:@]+/g;

export function emailToken(email: string): string {
  return `email:${createHash('sha256').update(`erhvervsforum-log:${email.toLowerCase()}`).digest('hex').slice(0, 12)}`;
}

export function redactText(text: string): string {
  return text.replace(EMAIL, (match) => emailToken(match));
}

/** A copy of a value with every email address in its strings replaced (errors kept readable). */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return { type: value.name, message: redactText(value.message), stack: value.stack ? redactText(value.stack) : undefined };
  }
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  if (value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, depth + 1)]));
}
