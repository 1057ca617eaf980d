import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Notice } from '@/app/_components/ui/notice';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/gate';
import { Link } from '@/lib/i18n/navigation';
import { readOwnTheme } from '@/lib/themes/queries';
import { ThemeForm } from '../../theme-form';
import { themeFormOptions } from '../../theme-form-options';
import { WithdrawThemeForm } from './withdraw-theme-form';
import { isRouteId } from '@/lib/validation/route-id';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'portal.themeForm' });
  return { title: t('editTitle'), robots: { index: false } };
}

export default async function EditThemePage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePageAccess('portal.use', `/portal/themes/${id}/edit`);
  // Only the proposer's own theme is found; anyone else's answers "not found".
  const theme = isRouteId(id) ? await readOwnTheme(await getDb(), user.id, id) : null;
  if (!theme) notFound();
  const t = await getTranslations('portal.themeForm');
  if (theme.status !== 'submitted') {
    return (
      <>
        <PageHeader title={t('editTitle')} />
        <Notice tone="warning">{t('notEditable')}</Notice>
        <p className="mt-4"><Link href="/portal" className="underline">{t('backToPortal')}</Link></p>
      </>
    );
  }
  const options = await themeFormOptions(locale);
  return (
    <>
      <PageHeader title={t('editTitle')} intro={t('editIntro')} />
      <ThemeForm
        themeId={theme.id}
        initial={{ title: theme.title, description: theme.description, category: theme.category, wishedMeetingId: theme.wishedMeetingId ?? '' }}
        {...options}
      />
      <section aria-labelledby="withdraw" className="mt-12 max-w-2xl border-t border-zinc-300 pt-8">
        <h2 id="withdraw" className="text-xl font-bold">{t('withdrawTitle')}</h2>
        <p className="mb-4 mt-2">{t('withdrawText')}</p>
        <WithdrawThemeForm themeId={theme.id} />
      </section>
    </>
  );
}
