import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/app/_components/ui/container';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getForumSettings } from '@/lib/forum/queries';
import { Link } from '@/lib/i18n/navigation';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { ContactBlock } from '../_components/contact-block';
import { TextSections, type TextSection } from '../_components/text-sections';
import { TitledSection } from '@/app/_components/ui/titled-section';

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
      <TitledSection id="controller" title={t('controllerTitle')} className="mt-8 max-w-3xl space-y-3">
        <p>{t('controllerText')}</p>
        <ContactBlock settings={settings} />
      </TitledSection>
      <TextSections sections={t.raw('sections') as TextSection[]} />
      <TitledSection id="self-service" title={t('selfServiceTitle')} className="mt-8 max-w-3xl space-y-3">
        <p>{t('selfServiceText')}</p>
        <p>
          <Link href="/portal/account" className="font-semibold underline">{t('selfServiceLink')}</Link>
        </p>
      </TitledSection>
      <TitledSection id="complaint" title={t('complaintTitle')} className="mt-8 max-w-3xl space-y-3">
        <p>{t('complaintText')}</p>
        <p>
          <a className="font-semibold underline" href="https://www.datatilsynet.dk">{t('complaintLink')}</a>
        </p>
      </TitledSection>
    </Container>
  );
}
