import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/app/_components/i18n/client-messages';
import { CodeForm } from '@/app/_components/subscriptions/code-form';
import { Container } from '@/app/_components/ui/container';
import { Notice } from '@/app/_components/ui/notice';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Link } from '@/lib/i18n/navigation';
import { readUnsubscribeCode } from '@/lib/subscriptions/links';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ code?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'subscriptions.unsubscribe' });
  return { title: t('metaTitle'), robots: { index: false }, referrer: 'no-referrer' };
}

// The visible link in every bulk email opens this page. Opening it changes nothing (a mail
// scanner's GET must not unsubscribe anybody); the button does.
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('subscriptions.unsubscribe');
  const raw = (await searchParams).code;
  const code = typeof raw === 'string' ? raw : null;
  const email = readUnsubscribeCode(code);
  if (!code || !email) {
    return (
      <Container>
        <PageHeader title={t('invalidTitle')} />
        <div className="max-w-xl">
          <Notice tone="error">{t('invalid')}</Notice>
        </div>
      </Container>
    );
  }
  return (
    <Container>
      <PageHeader title={t('title')} intro={t('intro', { email })} />
      <ClientMessages paths={['subscriptions.unsubscribe']}>
        <CodeForm
          kind="unsubscribe"
          code={code}
          after={<p><Link href="/subscribe" className="font-semibold underline">{t('resubscribe')}</Link></p>}
        />
      </ClientMessages>
    </Container>
  );
}
