// Admin pages send the texts their client components read: the ones every admin form may need
// (confirm buttons, action outcomes) and the page's own. A page or section layout wraps itself in
// it; the admin layout does not, so that a page does not carry two providers' texts.
import type { ReactNode } from 'react';
import { ClientMessages } from '@/app/_components/i18n/client-messages';

const adminBasics = ['admin.common', 'admin.messages'] as const;

export function AdminClientMessages({ paths = [], children }: { paths?: readonly string[]; children: ReactNode }) {
  return <ClientMessages paths={[...adminBasics, ...paths]}>{children}</ClientMessages>;
}
