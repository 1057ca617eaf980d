// The registrant's party: who comes with them, by name. Colleagues can be added (while the
// meeting takes registrations), named, changed and removed (until the meeting starts). Only the
// registrant's own registration is found; anyone else's id answers "not found".
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Notice } from '@/app/_components/ui/notice';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import { readMyParty } from '@/lib/attendees/party-queries';
import { requirePageAccess } from '@/lib/auth/gate';
import { formatDateTime } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';
import { MAX_COLLEAGUES } from '@/lib/registrations/limits';
import { cancellationClosedReason, registrationClosedReason } from '@/lib/registrations/rules';
import { isRouteId } from '@/lib/validation/route-id';
import { AddColleagueForm, PartyMember } from './party-forms';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'party.page' });
  return { title: t('metaTitle'), robots: { index: false } };
}

export default async function PartyPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePageAccess('portal.use', `/portal/registrations/${id}`);
  const party = isRouteId(id) ? await readMyParty(await getDb(), user.id, id) : null;
  if (!party) notFound();
  const t = await getTranslations('party.page');
  const { registration, meeting, people, position } = party;
  const now = new Date();
  const changeable = meeting.status === 'published' && registration.status !== 'attended' && cancellationClosedReason(meeting, now) === null;
  const addable = changeable && registrationClosedReason(meeting, now) === null;
  const registrant = people.find((p) => p.isRegistrant);
  const colleagues = people.filter((p) => !p.isRegistrant);
  const unnamed = colleagues.filter((c) => !c.name).length;

  return (
    <>
      <PageHeader title={t('title', { meeting: meeting.title })} intro={changeable ? t('intro') : undefined} />
      <dl className="mb-8 grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t('when')}</dt>
        <dd><time dateTime={meeting.startsAt.toISOString()}>{formatDateTime(meeting.startsAt, locale)}</time></dd>
        <dt className="font-semibold">{t('place')}</dt>
        <dd>{[meeting.place, meeting.address].filter(Boolean).join(', ')}</dd>
        <dt className="font-semibold">{t('status')}</dt>
        <dd>
          {t(`statuses.${registration.status as 'registered' | 'waitlisted' | 'attended'}`, { position: position ?? 1 })} ·{' '}
          {t('seats', { count: people.length })}
        </dd>
      </dl>
      {!changeable ? (
        <div className="mb-8 max-w-2xl"><Notice tone="info">{t('closed')}</Notice></div>
      ) : unnamed > 0 ? (
        <div className="mb-8 max-w-2xl"><Notice tone="warning">{(await getTranslations('party'))('nameThem', { count: unnamed })}</Notice></div>
      ) : null}

      <section aria-labelledby="you" className="mb-10 max-w-2xl">
        <h2 id="you" className="mb-3 text-2xl font-bold">{t('you')}</h2>
        {registrant ? (
          <PartyMember
            registrationId={registration.id}
            member={{ ...registrant, name: registrant.name || user.name || user.email, email: registrant.email }}
            changeable={changeable}
            own
          />
        ) : null}
        <p className="mt-2 text-sm text-muted">{t('yourName')}</p>
      </section>

      <section aria-labelledby="colleagues" className="mb-10 max-w-2xl">
        <h2 id="colleagues" tabIndex={-1} className="mb-3 text-2xl font-bold outline-none">{t('colleaguesTitle')}</h2>
        {/* Filled by a colleague's box as it is removed (party-forms.tsx). */}
        <p id="party-status" role="status" className="mb-3 font-semibold text-green-800 empty:hidden"></p>
        {colleagues.length === 0 ? <p>{t('noColleagues')}</p> : null}
        <ul className="space-y-4">
          {colleagues.map((c, i) => (
            <li key={c.id}>
              <PartyMember registrationId={registration.id} member={c} number={i + 1} changeable={changeable} />
            </li>
          ))}
        </ul>
        {changeable && colleagues.length ? <p className="mt-3 text-sm text-muted">{t('newTicket')}</p> : null}
      </section>

      {changeable ? (
        <section aria-labelledby="add" className="mb-10 max-w-2xl">
          <h2 id="add" className="mb-3 text-2xl font-bold">{t('addTitle')}</h2>
          {!addable ? (
            <p>{t('addClosed')}</p>
          ) : colleagues.length >= MAX_COLLEAGUES ? (
            <p>{t('full')}</p>
          ) : (
            <>
              <p className="mb-4">{registration.status === 'waitlisted' ? t('addHintWaitlisted') : t('addHint')}</p>
              <AddColleagueForm registrationId={registration.id} />
            </>
          )}
        </section>
      ) : null}

      <p className="flex flex-wrap gap-4">
        <Link href="/portal" className="underline">{t('back')}</Link>
        <Link href={`/meetings/${meeting.slug}`} className="underline">{t('seeMeeting')}</Link>
      </p>
      {changeable ? <p className="mt-4 text-sm text-muted">{t('cancelHint')}</p> : null}
    </>
  );
}
