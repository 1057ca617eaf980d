import type { ReactNode } from 'react';
import { AdminClientMessages } from '../_components/admin-client-messages';

// The company page's domain and directory forms, and the directory import.
export default function CompaniesLayout({ children }: { children: ReactNode }) {
  return <AdminClientMessages paths={['admin.companies', 'directory']}>{children}</AdminClientMessages>;
}
