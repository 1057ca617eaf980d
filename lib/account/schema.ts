// What the account forms may send.
import { z } from 'zod';
import { localeField } from '@/lib/actions/form-fields';

export const deleteAccountSchema = z.object({
  // The confirmation step: the form only carries this once the person has confirmed.
  confirmed: z.literal('yes', { message: 'required' }),
  locale: localeField,
});
