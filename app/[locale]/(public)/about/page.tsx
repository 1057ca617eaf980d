import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/app/_components/ui/container';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getForumSettings } from '@/lib/forum/queries';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'about' });
  return { title: t('metaTitle'), description: t('metaDescription'), openGraph: { title: t('metaTitle') } };
}

export default async function AboutPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('about');
  const s = await getForumSettings();
  const chair = s ? `${s.chairTitle} ${s.chairName}` : '';
  const committee = locale === 'en' ? 'Finance Committee (Økonomiudvalget)' : (s?.reportsTo ?? 'Økonomiudvalget');
  const owner = s ? `${s.ownerTitle} ${s.ownerName}` : '';
  const secretariat = s?.secretariatName ?? '';
  const section = 'mt-8 max-w-3xl space-y-3';
  return (
    <Container>
      <PageHeader title={t('title')} intro={t('adopted')} />
      <section aria-labelledby="background" className={section}>
        <h2 id="background" className="text-2xl font-bold">{t('background.title')}</h2>
        <p>{t('background.p1')}</p>
        <p>{t('background.p2')}</p>
      </section>
      <section aria-labelledby="purpose" className={section}>
        <h2 id="purpose" className="text-2xl font-bold">{t('purpose.title')}</h2>
        <p>{t('purpose.p1')}</p>
        <p>{t('purpose.p2')}</p>
        <p>{t('purpose.p3')}</p>
      </section>
      <section aria-labelledby="organisation" className={section}>
        <h2 id="organisation" className="text-2xl font-bold">{t('organisation.title')}</h2>
        <p>{t('organisation.chair', { chair })}</p>
        <p>{t('organisation.open')}</p>
        <p>{t('organisation.decisions')}</p>
        <p>{t('organisation.external')}</p>
        <p>{t('organisation.reports', { committee, owner, secretariat })}</p>
      </section>
      <section aria-labelledby="plan" className={section}>
        <h2 id="plan" className="text-2xl font-bold">{t('plan.title')}</h2>
        <p>{t('plan.p1')}</p>
        <p>{t('plan.p2')}</p>
      </section>
    </Container>
  );
}
