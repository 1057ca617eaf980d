// What the registration forms may contain. Colleagues count against capacity, so the number is
// bounded; the note is free text for e.g. dietary needs.
import { z } from 'zod';
import { optionalText, wholeNumber } from '@/lib/actions/form-fields';
import { emailAddressSchema } from '@/lib/auth/email-address';
import { cvrSchema } from '@/lib/companies/schema';
import { MANUAL_REGISTRATION_MAX, REGISTRATION_NOTE_MAX } from '@/lib/validation/limits';
import { MAX_COLLEAGUES } from './limits';

export { MAX_COLLEAGUES };

export const registerSchema = z.object({
  meetingId: z.uuid(),
  // Unnamed colleagues, for a client that does not name them (the portal asks for the names
  // later). The form names its colleagues instead: repeated fields read beside the schema
  // (lib/attendees/party-schema.ts, declared as `lists`), which take precedence.
  colleagues: z.preprocess(
    (v) => (v === '' || v === undefined || v === null ? 0 : v),
    wholeNumber(0, MAX_COLLEAGUES),
  ),
  note: z
    .string()
    .trim()
    .max(REGISTRATION_NOTE_MAX)
    .optional()
    .transform((v) => (v ? v : null)),
});

/** `colleagues`: a number of unnamed colleagues, or the named colleagues' rows. */
export type RegisterInput = Omit<z.output<typeof registerSchema>, 'colleagues'> & {
  colleagues: number | { name: string; email: string | null; note: string | null }[];
};

export const cancelSchema = z.object({ meetingId: z.uuid() });
export const cancelRegistrationSchema = cancelSchema.extend({ confirmed: z.literal('yes') });

export const setAttendanceSchema = z.object({ registrationId: z.uuid(), attended: z.boolean() });
export const moveRegistrationSchema = z.object({ registrationId: z.uuid(), to: z.enum(['registered', 'waitlisted']) });

/** The secretariat registers someone by hand (a phone call, an email). */
export const addRegistrationSchema = z.object({
  meetingId: z.uuid(),
  email: emailAddressSchema,
  name: optionalText(MANUAL_REGISTRATION_MAX.name),
  companyId: z
    .string()
    .optional()
    .transform((v) => v || null)
    .pipe(z.uuid().nullable()),
  // The form asks for the CVR number (a list of every company would not scale).
  companyCvr: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), cvrSchema.nullable().optional()),
  colleagues: wholeNumber(0, 50),
  note: optionalText(MANUAL_REGISTRATION_MAX.note),
});
