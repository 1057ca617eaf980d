// What a registration form may contain. Colleagues count against capacity, so the number is
// bounded; the note is free text for e.g. dietary needs.
import { z } from 'zod';
import { REGISTRATION_NOTE_MAX } from '@/lib/validation/limits';
import { MAX_COLLEAGUES } from './limits';

export { MAX_COLLEAGUES };

export const registerSchema = z.object({
  meetingId: z.uuid(),
  colleagues: z.preprocess(
    (v) => (v === '' || v === undefined || v === null ? 0 : v),
    z.coerce.number({ message: 'number' }).int({ message: 'integer' }).min(0).max(MAX_COLLEAGUES),
  ),
  note: z
    .string()
    .trim()
    .max(REGISTRATION_NOTE_MAX)
    .optional()
    .transform((v) => (v ? v : null)),
});

export type RegisterInput = z.output<typeof registerSchema>;

export const cancelSchema = z.object({ meetingId: z.uuid() });
