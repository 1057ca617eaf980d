import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SubscribeForm } from '@/app/_components/subscriptions/subscribe-form';
import { Container } from '@/app/_components/ui/container';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Link } from '@/lib/i18n/navigation';
import { pageMetadata } from '@/lib/seo/page-metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'subscriptions.subscribe' });
  return pageMetadata({ locale, path: '/subscribe', title: t('metaTitle'), description: t('intro') });
}

export default async function SubscribePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('subscriptions.subscribe');
  return (
    <Container>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="grid max-w-5xl gap-10 md:grid-cols-2">
        <div>
          <SubscribeForm />
          <p className="mt-6 text-sm">
            {t('privacy')} <Link href="/privacy#news" className="underline">{t('privacyLink')}</Link>.
          </p>
        </div>
        <div className="space-y-6">
          <section aria-labelledby="subscribe-what">
            <h2 id="subscribe-what" className="text-xl font-bold">{t('what')}</h2>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {(t.raw('whatItems') as string[]).map((item) => <li key={item}>{item}</li>)}
            </ul>
          </section>
          <section aria-labelledby="subscribe-how">
            <h2 id="subscribe-how" className="text-xl font-bold">{t('howTitle')}</h2>
            <p className="mt-2">{t('how')}</p>
          </section>
        </div>
      </div>
    </Container>
  );
}
