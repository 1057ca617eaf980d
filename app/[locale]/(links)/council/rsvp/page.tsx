// Where a council member's answer link from an invitation email lands. Reachable without signing
// in: the signed code names the meeting and the member (lib/invitations/council-rsvp-link.ts). It
// lives outside app/[locale]/council, whose layout asks for a session, and is its own route group
// so nothing else there becomes public. Opening it answers nothing (a mail scanner opens links);
// the member confirms with a click, which posts the answer with the code.
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CouncilAnswerForm } from '@/app/_components/council/council-answer-form';
import { CouncilRsvpMessages } from '@/app/_components/council/council-rsvp-messages';
import { RefusedLink } from '../../_components/refused-link';
import { Container } from '@/app/_components/ui/container';
import { Notice } from '@/app/_components/ui/notice';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import { formatDateTime } from '@/lib/format/copenhagen-time';
import { answerCouncilInvitationByLinkAction } from '@/lib/invitations/council-actions';
import { readCouncilRsvpLanding } from '@/lib/invitations/council-rsvp-queries';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'councilRsvp.link' });
  return { title: t('metaTitle'), robots: { index: false } };
}

const single = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

export default async function CouncilRsvpPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const code = single(query.code);
  const preferred = single(query.answer) === 'not-coming' ? 'not-coming' : 'coming';
  const t = await getTranslations('councilRsvp.link');
  const tRsvp = await getTranslations('councilRsvp');
  const landing = await readCouncilRsvpLanding(await getDb(), code);

  if (landing.state === 'forged' || landing.state === 'not-member' || landing.state === 'no-meeting') {
    return <RefusedLink title={t('refusedTitle')} reason={t(landing.state)} homeLabel={t('home')} />;
  }

  const { meeting } = landing;
  const title = landing.state === 'open' ? t('title') : t(landing.state === 'cancelled' ? 'cancelledTitle' : 'pastTitle');
  return (
    <Container>
      <PageHeader title={title} intro={landing.state === 'open' && landing.name ? t('greeting', { name: landing.name }) : undefined} />
      <section aria-labelledby="rsvp-meeting" className="mb-6 max-w-2xl rounded-md border border-zinc-300 p-5">
        <h2 id="rsvp-meeting" className="text-xl font-bold">{meeting.title}</h2>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">{t('date')}</dt>
          <dd>{formatDateTime(meeting.startsAt, locale)}</dd>
          <dt className="font-semibold">{t('place')}</dt>
          <dd>{meeting.place}</dd>
        </dl>
      </section>
      {landing.state === 'open' ? (
        <div className="max-w-2xl">
          <p className="mb-4">{t('confirmIntro')}</p>
          <CouncilRsvpMessages>
            <CouncilAnswerForm
              action={answerCouncilInvitationByLinkAction}
              hidden={{ code: code! }}
              legend={t('question')}
              current={landing.answer}
              preferred={preferred}
            />
          </CouncilRsvpMessages>
        </div>
      ) : (
        <div className="max-w-2xl">
          <Notice tone="warning">{t(landing.state)}</Notice>
          {landing.answer ? <p className="mt-4">{tRsvp(`answered.${landing.answer}`)}</p> : null}
        </div>
      )}
    </Container>
  );
}
