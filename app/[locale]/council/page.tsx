// The council's briefings, newest first; the ones this reader has not opened are marked.
import clsx from 'clsx';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CouncilAnswerForm } from '@/app/_components/council/council-answer-form';
import { CouncilRsvpMessages } from '@/app/_components/council/council-rsvp-messages';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/gate';
import { readBriefingsFor } from '@/lib/council/queries';
import { formatDate, formatDateTime, formatShortDate } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';
import { answerCouncilInvitationAction } from '@/lib/invitations/council-actions';
import { readUpcomingMeetingsWithAnswer } from '@/lib/invitations/council-rsvp-queries';
import { isCouncilMember } from '@/lib/invitations/council-rsvp-rules';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'council' });
  return { title: t('metaTitle'), robots: { index: false } };
}

export default async function CouncilPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageAccess('council.read', '/council');
  const t = await getTranslations('council');
  const tRsvp = await getTranslations('councilRsvp.area');
  const db = await getDb();
  const briefings = await readBriefingsFor(db, user.id);
  // Members proper answer invitations; the secretariat reads this area but is not invited.
  const member = isCouncilMember({ role: user.role, deactivatedAt: null });
  const upcoming = member ? await readUpcomingMeetingsWithAnswer(db, user.id) : [];
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      {member ? (
        <section aria-labelledby="council-upcoming" className="mb-10">
          <h2 id="council-upcoming" className="text-2xl font-bold">{tRsvp('title')}</h2>
          <p className="mt-1 mb-4 text-muted">{tRsvp('intro')}</p>
          {upcoming.length === 0 ? (
            <p>{tRsvp('empty')}</p>
          ) : (
            <CouncilRsvpMessages>
              <ul aria-label={tRsvp('listLabel')} className="space-y-4">
                {upcoming.map((m) => (
                  <li key={m.id} className="rounded-md border border-zinc-300 p-5">
                    <h3 className="text-xl font-bold">{m.title}</h3>
                    <p className="mt-1 mb-3 text-muted">
                      {formatDateTime(m.startsAt, locale)} · {m.place}
                    </p>
                    <CouncilAnswerForm
                      action={answerCouncilInvitationAction}
                      hidden={{ meetingId: m.id }}
                      legend={tRsvp('question', { title: m.title })}
                      current={m.answer}
                    />
                  </li>
                ))}
              </ul>
            </CouncilRsvpMessages>
          )}
        </section>
      ) : null}
      {briefings.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul aria-label={t('listLabel')} className="space-y-4">
          {briefings.map((b) => (
            <li key={b.id} className={clsx('rounded-md border p-5', b.readAt ? 'border-zinc-300' : 'border-l-8 border-brand-600 bg-brand-50')}>
              <h2 className="text-xl font-bold">
                <Link href={`/council/briefings/${b.id}`} className="underline">
                  {b.title}
                </Link>
              </h2>
              <p className="mt-1 text-muted">
                {t('meeting', { date: formatDate(b.meetingStartsAt, locale) })} · {t('sent', { date: formatShortDate(b.dispatchedAt!, locale) })}
              </p>
              <p className="mt-2">
                {b.readAt ? (
                  <span>{t('read', { date: formatShortDate(b.readAt, locale) })}</span>
                ) : (
                  <span className="inline-block rounded bg-brand-700 px-2 py-0.5 text-sm font-bold text-white">{t('unread')}</span>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
