// The one way a server component sends texts to the client components below it (see
// lib/i18n/pick-messages.ts for why each provider names what its subtree reads).
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { pickMessages } from '@/lib/i18n/pick-messages';

/** The form components (field, error summary, form message) read these on every form. */
const formBasics = ['common', 'validation'] as const;

export async function ClientMessages({ paths, children }: { paths: readonly string[]; children: ReactNode }) {
  const messages = pickMessages(await getMessages(), [...formBasics, ...paths]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
