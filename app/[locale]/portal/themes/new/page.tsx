import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/app/_components/ui/page-header';
import { requirePageAccess } from '@/lib/auth/gate';
import { requireCompanyProfile } from '@/lib/companies/require-company';
import { SimilarThemes } from '../similar-themes';
import { ThemeForm } from '../theme-form';
import { themeFormOptions } from '../theme-form-options';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'portal.themeForm' });
  return { title: t('newTitle'), robots: { index: false } };
}

export default async function NewThemePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageAccess('portal.use', '/portal/themes/new');
  await requireCompanyProfile(user, '/portal/themes/new');
  const t = await getTranslations('portal.themeForm');
  const options = await themeFormOptions(locale);
  const similar = await getTranslations('search.similar');
  return (
    <>
      <PageHeader title={t('newTitle')} intro={t('newIntro')} />
      <ThemeForm initial={{ title: '', description: '', category: '', wishedMeetingId: '' }} {...options}
        afterDescription={
          <SimilarThemes
            labels={{ heading: similar('heading'), intro: similar('intro'), foundOne: similar('foundOne'), foundMany: similar.raw('foundMany'), opensInNewTab: similar('opensInNewTab') }}
          />
        }
      />
    </>
  );
}
