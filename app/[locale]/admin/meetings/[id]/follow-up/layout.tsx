import type { ReactNode } from 'react';
import { AdminClientMessages } from '../../../_components/admin-client-messages';

// The follow-up editors, their approval and the email's delivery progress.
export default function FollowUpLayout({ children }: { children: ReactNode }) {
  return <AdminClientMessages paths={['followupEditor']}>{children}</AdminClientMessages>;
}
