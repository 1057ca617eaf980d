import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/app/_components/i18n/client-messages';
import { CodeForm } from '@/app/_components/subscriptions/code-form';
import { Container } from '@/app/_components/ui/container';
import { Notice } from '@/app/_components/ui/notice';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Link } from '@/lib/i18n/navigation';
import { readConfirmCode } from '@/lib/subscriptions/links';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ code?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'subscriptions.confirm' });
  return { title: t('metaTitle'), robots: { index: false }, referrer: 'no-referrer' };
}

// Opening this page changes nothing: mail scanners may GET it freely. Only the button confirms.
export default async function ConfirmSubscriptionPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('subscriptions.confirm');
  const raw = (await searchParams).code;
  const code = typeof raw === 'string' ? raw : null;
  if (!code || !readConfirmCode(code, new Date())) {
    return (
      <Container>
        <PageHeader title={t('title')} />
        <div className="max-w-xl">
          <Notice tone="error">{t('invalid')}</Notice>
        </div>
        <p className="mt-4"><Link href="/subscribe" className="underline">{t('again')}</Link></p>
      </Container>
    );
  }
  return (
    <Container>
      <PageHeader title={t('title')} intro={t('intro')} />
      <ClientMessages paths={['subscriptions.confirm']}>
        <CodeForm kind="confirm" code={code} after={null} />
      </ClientMessages>
    </Container>
  );
}
