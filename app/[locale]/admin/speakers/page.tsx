import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/gate';
import { readSpeakers } from '@/lib/speakers/queries';
import { deleteSpeakerAction, saveSpeakerAction } from '@/lib/speakers/actions';
import { ConfirmAction } from '../_components/confirm-action';
import { EditDisclosure } from '../_components/edit-disclosure';
import { SpeakerForm } from './speaker-form';
import { AdminClientMessages } from '../_components/admin-client-messages';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.speakers' });
  return { title: t('title'), robots: { index: false } };
}

export default async function SpeakersPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageAccess('meeting.manage', '/admin/speakers');
  const t = await getTranslations('admin.speakers');
  const speakers = await readSpeakers(await getDb());
  return (
    <AdminClientMessages paths={['admin.speakers']}>
      <>
        <PageHeader title={t('title')} intro={t('intro')} />
        <section aria-labelledby="speaker-list" className="mb-10">
          <h2 id="speaker-list" className="mb-3 text-2xl font-bold">{t('listTitle', { count: speakers.length })}</h2>
          {speakers.length ? (
            <ul className="divide-y divide-zinc-200 rounded-md border border-zinc-300">
              {speakers.map((s) => (
                <li key={s.id} className="p-4">
                  <p className="text-lg font-semibold">{s.name}</p>
                  <p className="text-muted">
                    {[s.title, s.organisation].filter(Boolean).join(', ') || '–'} · {s.external ? t('externalLabel') : t('internalLabel')} ·{' '}
                    {t('appearances', { count: s.appearances })}
                  </p>
                  <EditDisclosure label={t('edit')} name={s.name} className="mt-2">
                    <SpeakerForm
                      action={saveSpeakerAction}
                      speaker={{ id: s.id, name: s.name, organisation: s.organisation ?? '', title: s.title ?? '', external: s.external, email: s.email ?? '' }}
                    />
                    <ConfirmAction
                      action={deleteSpeakerAction}
                      hidden={{ speakerId: s.id }}
                      label={t('delete')}
                      question={t('deleteQuestion', { name: s.name, count: s.appearances })}
                      confirmLabel={t('deleteConfirm')}
                    />
                  </EditDisclosure>
                </li>
              ))}
            </ul>
          ) : (
            <p className="rounded-md border border-zinc-300 p-4">{t('empty')}</p>
          )}
        </section>
        <section aria-labelledby="speaker-add" className="rounded-lg border border-zinc-300 p-5">
          <h2 id="speaker-add" className="mb-4 text-xl font-bold">{t('addTitle')}</h2>
          <SpeakerForm action={saveSpeakerAction} />
        </section>
      </>
    </AdminClientMessages>
  );
}
