// One definition of an acceptable sign-in address, shared by the form and Auth.js.
import { z } from 'zod';
import { EMAIL_MAX } from '@/lib/validation/limits';

// A plain address: no quotes, commas, spaces or non-ASCII look-alikes such as a fullwidth ＠.
const plainAddress = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

// An empty or over-long address stops at that message (abort): a second "not a valid address"
// for the same field would only repeat it.
export const emailAddressSchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required', abort: true })
  .max(EMAIL_MAX, { error: 'tooLong', abort: true })
  .regex(plainAddress, { error: 'email' })
  .transform((v) => v.toLowerCase());

export function normalizeEmail(input: string): string {
  const result = emailAddressSchema.safeParse(input);
  if (!result.success) throw new Error('Invalid email address');
  return result.data;
}
