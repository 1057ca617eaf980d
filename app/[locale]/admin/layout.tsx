import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AreaNav } from '@/app/_components/layout/area-nav';
import { Container } from '@/app/_components/ui/container';
import { requirePageAccess } from '@/lib/auth/gate';
import { areaNav } from '@/lib/navigation';
import { AdminAnnouncer } from './_components/admin-announcer';

// Redirects early for comfort only: every page below asks the gate again itself.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requirePageAccess('admin.access', '/admin');
  const t = await getTranslations('admin.nav');
  const items = areaNav.admin.map((item) => ({ ...item, label: t(item.key) }));
  return (
    // No texts for client components here: each admin page or section sends its own
    // (_components/admin-client-messages.tsx), and a provider here would be sent as well.
    <Container>
      <AreaNav label={t('label')} items={items} />
      <AdminAnnouncer>{children}</AdminAnnouncer>
    </Container>
  );
}
