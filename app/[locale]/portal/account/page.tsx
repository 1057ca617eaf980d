import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { PageHeader } from '@/app/_components/ui/page-header';
import { requirePageAccess } from '@/lib/auth/gate';
import { Link } from '@/lib/i18n/navigation';
import { PortalNewsToggle } from '@/app/_components/subscriptions/portal-news-toggle';
import { getDb } from '@/db/client';
import { readMySubscriptionStatus } from '@/lib/subscriptions/queries';
import { DeleteAccountForm } from './delete-account-form';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'account' });
  return { title: t('metaTitle'), robots: { index: false } };
}

export default async function AccountPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageAccess('portal.use', '/portal/account');
  const t = await getTranslations('account');
  const tNews = await getTranslations('subscriptions.portal');
  const newsStatus = await readMySubscriptionStatus(await getDb(), user.email);
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro', { email: user.email })} />

      <section aria-labelledby="news" className="mb-12 max-w-3xl space-y-3">
        <h2 id="news" className="text-2xl font-bold">{tNews('title')}</h2>
        <PortalNewsToggle active={newsStatus === 'active'} email={user.email} />
      </section>

      <section aria-labelledby="export" className="mb-12 max-w-3xl space-y-3">
        <h2 id="export" className="text-2xl font-bold">{t('export.title')}</h2>
        <p>{t('export.text')}</p>
        {/* A file download from a route handler, not a page: a plain link on purpose. */}
        <a href="/api/portal/export" download className={buttonClass.secondary}>
          {t('export.button')}
        </a>
      </section>

      <section aria-labelledby="delete" className="max-w-3xl space-y-3">
        <h2 id="delete" className="text-2xl font-bold">{t('delete.title')}</h2>
        <p>{t('delete.text')}</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t('delete.removed')}</li>
          <li>{t('delete.cancelled')}</li>
          <li>{t('delete.kept')}</li>
        </ul>
        <p>
          {t('delete.privacy')} <Link href="/privacy" className="underline">{t('delete.privacyLink')}</Link>
        </p>
        <DeleteAccountForm />
      </section>
    </>
  );
}
