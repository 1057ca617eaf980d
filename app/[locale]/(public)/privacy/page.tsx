import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/app/_components/ui/container';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getForumSettings } from '@/lib/forum/queries';
import { Link } from '@/lib/i18n/navigation';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { ContactBlock } from '../_components/contact-block';
import { TextSections, type TextSection } from '../_components/text-sections';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'privacy' });
  return pageMetadata({ locale, path: '/privacy', title: t('title'), description: t('description') });
}

export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('privacy');
  const settings = await getForumSettings();
  return (
    <Container>
      <PageHeader title={t('title')} intro={t('intro')} />
      <section aria-labelledby="controller" className="mt-8 max-w-3xl space-y-3">
        <h2 id="controller" className="text-2xl font-bold">{t('controllerTitle')}</h2>
        <p>{t('controllerText')}</p>
        <ContactBlock settings={settings} />
      </section>
      <TextSections sections={t.raw('sections') as TextSection[]} />
      <section aria-labelledby="self-service" className="mt-8 max-w-3xl space-y-3">
        <h2 id="self-service" className="text-2xl font-bold">{t('selfServiceTitle')}</h2>
        <p>{t('selfServiceText')}</p>
        <p>
          <Link href="/portal/account" className="font-semibold underline">{t('selfServiceLink')}</Link>
        </p>
      </section>
      <section aria-labelledby="complaint" className="mt-8 max-w-3xl space-y-3">
        <h2 id="complaint" className="text-2xl font-bold">{t('complaintTitle')}</h2>
        <p>{t('complaintText')}</p>
        <p>
          <a className="font-semibold underline" href="https://www.datatilsynet.dk">{t('complaintLink')}</a>
        </p>
      </section>
    </Container>
  );
}
