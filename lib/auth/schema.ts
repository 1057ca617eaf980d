// What the sign-in and sign-out forms may send.
import { z } from 'zod';
import { routing } from '@/lib/i18n/routing';
import { emailAddressSchema } from './email-address';

export const signInSchema = z.object({
  email: emailAddressSchema,
  callbackUrl: z.string().optional(),
  locale: z.enum(routing.locales).catch(routing.defaultLocale),
});

export const signOutSchema = z.object({ locale: z.enum(routing.locales).catch('da') });
