import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ClientMessages } from '@/app/_components/i18n/client-messages';
import { AreaNav } from '@/app/_components/layout/area-nav';
import { Container } from '@/app/_components/ui/container';
import { requirePageAccess } from '@/lib/auth/gate';
import { areaNav } from '@/lib/navigation';

// The portal's forms: profile, company, themes, registrations and their party, account, news.
const portalClientTexts = ['portal', 'registration', 'party', 'account', 'subscriptions.portal'] as const;

// Redirects early for comfort only: every page below asks the gate again itself.
export default async function PortalLayout({ children }: { children: ReactNode }) {
  await requirePageAccess('portal.use', '/portal');
  const t = await getTranslations('portal.nav');
  const items = areaNav.portal.map((item) => ({ ...item, label: t(item.key) }));
  return (
    <ClientMessages paths={portalClientTexts}>
      <Container>
        <AreaNav label={t('label')} items={items} />
        {children}
      </Container>
    </ClientMessages>
  );
}
