// What the party forms may contain: a colleague's row (name required, email and note optional),
// read as repeated fields of the registration form (declared as `lists`), and the portal's
// add / change / remove forms. Field errors of a row are keyed `colleagueName.2` etc., so the
// form shows each one next to its field.
import { z } from 'zod';
import { ActionError } from '@/lib/actions/action-error';
import { fieldErrorsFrom, type FieldError } from '@/lib/actions/form-state';
import { optionalText } from '@/lib/actions/form-fields';
import { emailAddressSchema } from '@/lib/auth/email-address';
import { MAX_COLLEAGUES } from '@/lib/registrations/limits';
import { ATTENDEE_MAX, COLLEAGUE_FIELDS } from './party-limits';

export { ATTENDEE_MAX, COLLEAGUE_FIELDS };

const optionalEmail = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  emailAddressSchema.optional().transform((v) => v ?? null),
);

export const colleagueRowSchema = z.object({
  name: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(ATTENDEE_MAX.name),
  email: optionalEmail,
  note: optionalText(ATTENDEE_MAX.note),
});

export type ColleagueRow = z.output<typeof colleagueRowSchema>;

/**
 * The colleague rows of a form: the n-th value of each repeated field makes the n-th row. A row
 * left wholly empty is skipped (an added row not filled in). Refused rows throw an ActionError
 * whose field errors name the row, e.g. `colleagueName.1`.
 */
export function colleagueRowsFrom(formData: FormData): ColleagueRow[] {
  const column = (name: string) => formData.getAll(name).map((v) => (typeof v === 'string' ? v : ''));
  const names = column(COLLEAGUE_FIELDS.name);
  const emails = column(COLLEAGUE_FIELDS.email);
  const notes = column(COLLEAGUE_FIELDS.note);
  const count = Math.max(names.length, emails.length, notes.length);
  const rows: ColleagueRow[] = [];
  const fieldErrors: Record<string, FieldError[]> = {};
  let filled = 0;
  for (let i = 0; i < count; i++) {
    const raw = { name: names[i] ?? '', email: emails[i] ?? '', note: notes[i] ?? '' };
    if (!raw.name.trim() && !raw.email.trim() && !raw.note.trim()) continue;
    filled++;
    const parsed = colleagueRowSchema.safeParse(raw);
    if (parsed.success) {
      rows.push(parsed.data);
      continue;
    }
    for (const [field, errors] of Object.entries(fieldErrorsFrom(parsed.error))) {
      const formField = COLLEAGUE_FIELDS[field as keyof typeof COLLEAGUE_FIELDS] ?? COLLEAGUE_FIELDS.name;
      fieldErrors[`${formField}.${i}`] = errors;
    }
  }
  if (filled > MAX_COLLEAGUES) fieldErrors.colleagues = [{ key: 'tooBig', values: { maximum: MAX_COLLEAGUES } }];
  if (Object.keys(fieldErrors).length) throw new ActionError('colleaguesInvalid', fieldErrors);
  return rows;
}

export const addColleagueSchema = z.object({
  registrationId: z.uuid(),
  name: colleagueRowSchema.shape.name,
  email: optionalEmail,
  note: optionalText(ATTENDEE_MAX.note),
});

export const updateAttendeeSchema = z.object({
  registrationId: z.uuid(),
  attendeeId: z.uuid(),
  /** Ignored for the registrant (their name comes from their account). */
  name: z.string().trim().max(ATTENDEE_MAX.name).optional().transform((v) => v ?? ''),
  email: optionalEmail,
  note: optionalText(ATTENDEE_MAX.note),
});

export const removeColleagueSchema = z.object({
  registrationId: z.uuid(),
  attendeeId: z.uuid(),
  confirmed: z.literal('yes'),
});

export type AddColleagueInput = z.output<typeof addColleagueSchema>;
export type UpdateAttendeeInput = z.output<typeof updateAttendeeSchema>;
export type RemoveColleagueInput = z.output<typeof removeColleagueSchema>;
