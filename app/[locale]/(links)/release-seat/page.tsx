// Where the reminder's "I can't come – release my seat" link lands (and a colleague's own link
// from their confirmation). Reachable without signing in: the signed code names the seat
// (lib/attendees/ticket-code.ts). Opening it changes nothing, since mail scanners open links; the
// person confirms with a click, which posts the code to the release action.
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/app/_components/i18n/client-messages';
import { ReleaseSeatForm } from '@/app/_components/attendees/release-seat-form';
import { RefusedLink } from '../_components/refused-link';
import { Container } from '@/app/_components/ui/container';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import { releaseSeatByLinkAction } from '@/lib/attendees/release-actions';
import { readReleaseLanding } from '@/lib/attendees/release-queries';
import { formatDateTime } from '@/lib/format/copenhagen-time';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'releaseSeat' });
  return { title: t('metaTitle'), robots: { index: false } };
}

export default async function ReleaseSeatPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const code = typeof query.code === 'string' ? query.code : undefined;
  const t = await getTranslations('releaseSeat');
  const landing = await readReleaseLanding(await getDb(), code);

  if (landing.state === 'invalid') {
    return <RefusedLink title={t('refusedTitle')} reason={t('states.invalid')} homeLabel={t('home')} />;
  }

  const { meeting } = landing;
  const refused = landing.state === 'open' ? null : landing.state;
  return (
    <Container>
      <PageHeader
        title={refused ? t(`stateTitles.${refused}`) : t('title')}
        intro={!refused ? (landing.firstName ? `${t('greeting', { name: landing.firstName })}. ${t('intro')}` : t('intro')) : undefined}
      />
      <section aria-labelledby="release-meeting" className="mb-6 max-w-2xl rounded-md border border-zinc-300 p-5">
        <h2 id="release-meeting" className="text-xl font-bold">{meeting.title}</h2>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">{t('date')}</dt>
          <dd>{formatDateTime(meeting.startsAt, locale)}</dd>
          <dt className="font-semibold">{t('place')}</dt>
          <dd>{[meeting.place, meeting.address].filter(Boolean).join(', ')}</dd>
        </dl>
      </section>
      <div className="max-w-2xl">
        {/* One component for every state, so it stays mounted when the action refreshes the page. */}
        <ClientMessages paths={['releaseSeat']}>
          <ReleaseSeatForm action={releaseSeatByLinkAction} code={code!} seat={landing.state} />
        </ClientMessages>
      </div>
    </Container>
  );
}
