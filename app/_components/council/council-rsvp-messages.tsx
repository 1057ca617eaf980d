// Sends the texts the council answer form needs to the browser, for the pages that show it only
// (the root layout sends a fixed set of namespaces; this one stays on the server elsewhere).
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

export async function CouncilRsvpMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  const { common, validation, councilRsvp } = messages;
  return <NextIntlClientProvider messages={{ common, validation, councilRsvp }}>{children}</NextIntlClientProvider>;
}
