import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AreaNav } from '@/app/_components/layout/area-nav';
import { Container } from '@/app/_components/ui/container';
import { requirePageAccess } from '@/lib/auth/gate';
import { areaNav } from '@/lib/navigation';

// Redirects early for comfort only: every page below asks the gate again itself.
export default async function CouncilLayout({ children }: { children: ReactNode }) {
  await requirePageAccess('council.read', '/council');
  const t = await getTranslations('council.nav');
  const items = areaNav.council.map((item) => ({ ...item, label: t(item.key) }));
  return (
    <Container>
      <AreaNav label={t('label')} items={items} />
      {children}
    </Container>
  );
}
