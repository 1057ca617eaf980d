import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AreaNav } from '@/app/_components/layout/area-nav';
import { Container } from '@/app/_components/ui/container';
import { requirePageAccess } from '@/lib/auth/gate';
import { areaNav } from '@/lib/navigation';
import { AdminAnnouncer } from './_components/admin-announcer';

/** The admin's forms are client components; only admin pages send these texts to the browser. */
const adminClientNamespaces = ['common', 'validation', 'auth', 'themes', 'followupEditor', 'directory', 'subscriptions', 'attendeesAdmin'] as const;
/**
 * The parts of `admin` that client components read. The rest (dashboard, audit log, navigation)
 * is rendered on the server, and every admin page would otherwise carry it in its payload.
 */
const adminClientParts = ['common', 'messages', 'themes', 'meetings', 'agenda', 'speakers', 'registrations', 'users', 'companies'] as const;

// Redirects early for comfort only: every page below asks the gate again itself.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requirePageAccess('admin.access', '/admin');
  const t = await getTranslations('admin.nav');
  const messages = await getMessages();
  const admin = messages.admin as Record<string, unknown>;
  const clientMessages = {
    ...Object.fromEntries(adminClientNamespaces.map((ns) => [ns, messages[ns]])),
    admin: Object.fromEntries(adminClientParts.map((part) => [part, admin[part]])),
  };
  const items = areaNav.admin.map((item) => ({ ...item, label: t(item.key) }));
  return (
    <NextIntlClientProvider messages={clientMessages}>
      <Container>
        <AreaNav label={t('label')} items={items} />
        <AdminAnnouncer>{children}</AdminAnnouncer>
      </Container>
    </NextIntlClientProvider>
  );
}
