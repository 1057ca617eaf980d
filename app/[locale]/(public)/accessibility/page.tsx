import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/app/_components/ui/container';
import { getForumSettings } from '@/lib/forum/queries';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { ContactBlock } from '../_components/contact-block';
import { TextSections, type TextSection } from '../_components/text-sections';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'accessibility' });
  return pageMetadata({ locale, path: '/accessibility', title: t('title'), description: t('description') });
}

export default async function AccessibilityPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('accessibility');
  const settings = await getForumSettings();
  return (
    <Container>
      {/* "Tilgængelighedserklæring" is one long word: smaller on a phone, and allowed to wrap. */}
      <div className="mb-8">
        <h1 className="text-2xl font-bold tracking-tight [overflow-wrap:anywhere] sm:text-4xl">{t('title')}</h1>
        <p className="mt-3 max-w-3xl text-lg text-muted">{t('intro')}</p>
      </div>
      <TextSections sections={t.raw('sections') as TextSection[]} />
      <section aria-labelledby="contact" className="mt-8 max-w-3xl space-y-3">
        <h2 id="contact" className="text-2xl font-bold">{t('contactTitle')}</h2>
        <p>{t('contactText')}</p>
        <ContactBlock settings={settings} />
      </section>
      <section aria-labelledby="complaint" className="mt-8 max-w-3xl space-y-3">
        <h2 id="complaint" className="text-2xl font-bold">{t('complaintTitle')}</h2>
        <p>{t('complaintText')}</p>
        <p>
          <a className="font-semibold underline" href="https://was.digst.dk">{t('complaintLink')}</a>
        </p>
      </section>
    </Container>
  );
}
