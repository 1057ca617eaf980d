import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/gate';
import { Link } from '@/lib/i18n/navigation';
import { readMeetingThemeChoices } from '@/lib/meetings/queries';
import { saveMeetingAction } from '@/lib/meetings/actions';
import { MeetingForm } from '../_components/meeting-form';
import { emptyMeeting } from '../_components/meeting-form-values';
import { AdminClientMessages } from '../../_components/admin-client-messages';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.meetings' });
  return { title: t('new'), robots: { index: false } };
}

export default async function NewMeetingPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageAccess('meeting.manage', '/admin/meetings/new');
  const t = await getTranslations('admin.meetings');
  const themes = await readMeetingThemeChoices(await getDb());
  return (
    <AdminClientMessages paths={['admin.meetings']}>
      <>
        <p className="mb-4"><Link href="/admin/meetings" className="underline">{t('backToMeetings')}</Link></p>
        <PageHeader title={t('new')} intro={t('newIntro')} />
        <MeetingForm action={saveMeetingAction} meeting={emptyMeeting} themes={themes} />
      </>
    </AdminClientMessages>
  );
}
