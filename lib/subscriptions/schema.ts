// What the subscription forms may send.
import { z } from 'zod';
import { emailAddressSchema } from '@/lib/auth/email-address';
import { routing } from '@/lib/i18n/routing';

const locale = z.enum(routing.locales).catch(routing.defaultLocale);

/** The public form: an address, nothing else (the double opt-in proves it is the person's). */
export const subscribeForm = z.object({ email: emailAddressSchema, locale });

/** The confirming click on the page the emailed link opens. */
export const confirmForm = z.object({ code: z.string().min(1).max(2000), locale });

/** The button on the unsubscribe page. */
export const unsubscribeForm = z.object({ code: z.string().min(1).max(2000), locale });

/** The portal's one click: subscribe or stop. */
export const portalSubscriptionForm = z.object({ intent: z.enum(['subscribe', 'unsubscribe']), locale });

export const LEGAL_NOTE_MAX = 500;

/** The secretariat marks imported company addresses as business-service contacts. */
export const markContactsForm = z.object({
  legalNote: z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required', abort: true })
    .min(10, { error: 'tooShort' })
    .max(LEGAL_NOTE_MAX, { error: 'tooLong' }),
  /** Set by the confirmation step; marking without it is refused. */
  confirmed: z.literal('yes').optional(),
});

export const removeSubscriptionForm = z.object({ subscriptionId: z.uuid(), confirmed: z.literal('yes').optional() });
