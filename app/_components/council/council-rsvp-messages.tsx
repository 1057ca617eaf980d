// The texts the council answer form reads, for the pages that show it only.
import type { ReactNode } from 'react';
import { ClientMessages } from '@/app/_components/i18n/client-messages';

export function CouncilRsvpMessages({ children }: { children: ReactNode }) {
  return <ClientMessages paths={['councilRsvp']}>{children}</ClientMessages>;
}
