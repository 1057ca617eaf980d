// Emails are written in the recipient's language, outside any request, so they get their own
// translator rather than the request-bound one.
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import type { EmailT } from './types';

export function emailTranslator(locale: Locale): EmailT {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: 'email' });
  return (key, values) => (t as unknown as EmailT)(key, values);
}
