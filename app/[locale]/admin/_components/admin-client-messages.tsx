// Admin pages send the texts their client components read: the admin layout the ones every admin
// page may need (confirm buttons, action outcomes), a page or section the rest on top.
import type { ReactNode } from 'react';
import { ClientMessages } from '@/app/_components/i18n/client-messages';

const adminBasics = ['admin.common', 'admin.messages'] as const;

export function AdminClientMessages({ paths = [], children }: { paths?: readonly string[]; children: ReactNode }) {
  return <ClientMessages paths={[...adminBasics, ...paths]}>{children}</ClientMessages>;
}
