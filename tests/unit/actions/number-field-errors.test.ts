// A number out of range is a number: the field must say the bound ("Må højst være 10."), not
// "Skriv et tal.", which tells someone who typed 99 colleagues to type a number.
import { describe, expect, it } from 'vitest';
import { optionalWholeNumber, wholeNumber } from '@/lib/actions/form-fields';
import { fieldErrorsFrom } from '@/lib/actions/form-state';
import { profileFormSchema } from '@/lib/companies/schema';
import { registerSchema } from '@/lib/registrations/schema';

function errorsOf(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) return {};
  return fieldErrorsFrom(result.error as Parameters<typeof fieldErrorsFrom>[0]);
}

describe('the message of a number field', () => {
  it('names the maximum when a registration brings too many colleagues', () => {
    const errors = errorsOf(registerSchema, { meetingId: crypto.randomUUID(), colleagues: '99' });
    expect(errors.colleagues).toEqual([{ key: 'tooBig', values: { maximum: 10 } }]);
  });

  it('names the bounds of a whole number, and asks for a number only when none was typed', () => {
    expect(errorsOf(wholeNumber(1, 480), '0')._form).toEqual([{ key: 'tooSmall', values: { minimum: 1 } }]);
    expect(errorsOf(wholeNumber(1, 480), '481')._form).toEqual([{ key: 'tooBig', values: { maximum: 480 } }]);
    expect(errorsOf(optionalWholeNumber(1, 5000), '6000')._form).toEqual([{ key: 'tooBig', values: { maximum: 5000 } }]);
    expect(errorsOf(wholeNumber(1, 480), 'ti')._form).toEqual([{ key: 'number', values: {} }]);
    expect(errorsOf(wholeNumber(1, 480), '2.5')._form).toEqual([{ key: 'integer', values: {} }]);
  });

  it('names the maximum of a company’s employees', () => {
    const errors = errorsOf(profileFormSchema, { name: 'Ny', cvr: '12345678', companyName: 'Firma', employees: '2000000', locale: 'da' });
    expect(errors.employees).toEqual([{ key: 'tooBig', values: { maximum: 1_000_000 } }]);
  });
});
