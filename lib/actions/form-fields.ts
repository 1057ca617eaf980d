// zod pieces for the forms (FormData values are strings): trimmed text, optional text as null,
// datetime-local read as Copenhagen time, optional whole numbers, the page's locale, and lists of ids.
import { z } from 'zod';
import { fromLocalInputValue } from '@/lib/format/copenhagen-time';
import { routing } from '@/lib/i18n/routing';

/** The locale of the page the form was on; anything else falls back to Danish. */
export const localeField = z.enum(routing.locales).catch(routing.defaultLocale);

export const requiredText = (max: number, min = 1) => z.string().trim().min(min).max(max);

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || null);

/** A datetime-local value, read as Europe/Copenhagen wall-clock time. Empty says only "required". */
export const localDateTime = z
  .string()
  .trim()
  .min(1, { abort: true })
  .refine((v) => fromLocalInputValue(v) !== null, { message: 'date' })
  .transform((v) => fromLocalInputValue(v)!);

export const optionalLocalDateTime = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || fromLocalInputValue(v) !== null, { message: 'date' })
  .transform((v) => (v ? fromLocalInputValue(v) : null));

const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v);

/**
 * A whole number typed into a field. "number" only for what is not a number: zod 4 hands a
 * schema's own message to its checks too, so `z.coerce.number({ message: 'number' })` told
 * someone who typed 99 where 10 is the most to "type a number". Bounds keep their own keys
 * (tooSmall, tooBig, with the bound), decided in form-state.ts.
 */
export const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: (issue) => (issue.code === 'invalid_type' ? 'number' : undefined) })
    .int({ message: 'integer' })
    .min(min)
    .max(max);

export const optionalWholeNumber = (min: number, max: number) => z.preprocess(emptyToNull, wholeNumber(min, max).nullable());

export const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'on' || v === 'true' || v === '1');

/** All values of a repeated field (checkboxes, multi-select), as valid ids. */
export function idsFrom(formData: FormData, name: string): string[] {
  const ids = formData.getAll(name).filter((v): v is string => typeof v === 'string' && v !== '');
  return z.array(z.uuid()).catch([]).parse(ids);
}
