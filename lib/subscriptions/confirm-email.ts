// The confirm email of the double opt-in, in the subscriber's language.
import 'server-only';
import { createTranslator } from 'next-intl';
import { SubscriptionConfirmEmail } from '@/emails/subscription-confirm-email';
import { loadMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import type { EmailRequest } from '@/lib/mail/send-email';
import { confirmLink } from './links';
import { CONFIRM_LINK_DAYS } from './rules';

export function subscriptionT(locale: Locale) {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: 'subscriptions' });
  return (key: string, values?: Record<string, string | number>) => (t as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values);
}

export function subscriptionConfirmEmail(email: string, locale: Locale, now: Date): EmailRequest {
  const t = subscriptionT(locale);
  return {
    kind: 'subscription-confirm',
    to: email,
    locale,
    idempotencyKey: `subscription-confirm:${email}:${now.getTime()}`,
    // The link is a credential of sorts: only the person with the mailbox may switch the news on.
    sensitive: true,
    render: (_t, footer) => ({
      subject: t('email.subject'),
      element: SubscriptionConfirmEmail({ t, footer, lang: locale, url: confirmLink(locale, email, now), days: CONFIRM_LINK_DAYS }),
    }),
  };
}
