// Where the participant email's evaluation link lands. Reachable without signing in: the signed
// code names the seat (lib/evaluations/evaluation-code.ts). Opening it changes nothing, since mail
// scanners open links; the answer is saved only when the form is submitted, and a saved answer
// is shown again so it can be changed.
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/app/_components/i18n/client-messages';
import { EvaluationForm } from '@/app/_components/evaluations/evaluation-form';
import { RefusedLink } from '../_components/refused-link';
import { Container } from '@/app/_components/ui/container';
import { Notice } from '@/app/_components/ui/notice';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import { answerEvaluationAction } from '@/lib/evaluations/actions';
import { readEvaluationLanding } from '@/lib/evaluations/queries';
import { formatDate, formatDateTime } from '@/lib/format/copenhagen-time';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'evaluation' });
  return { title: t('metaTitle'), robots: { index: false } };
}

export default async function EvaluationPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const code = typeof query.code === 'string' ? query.code : undefined;
  const t = await getTranslations('evaluation');
  const landing = await readEvaluationLanding(await getDb(), code);

  if (landing.state === 'invalid') {
    return <RefusedLink title={t('refusedTitle')} reason={t('states.invalid')} homeLabel={t('home')} />;
  }

  const { meeting, answer, state } = landing;
  const closes = formatDate(landing.closesAt, locale);
  return (
    <Container>
      <PageHeader title={state === 'open' ? t('title') : t(`stateTitles.${state}`)} intro={state === 'open' ? t('intro') : undefined} />
      <section aria-labelledby="evaluation-meeting" className="mb-6 max-w-2xl rounded-md border border-zinc-300 p-5">
        <h2 id="evaluation-meeting" className="text-xl font-bold">
          {meeting.title}
        </h2>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">{t('date')}</dt>
          <dd>{formatDateTime(meeting.startsAt, locale)}</dd>
          <dt className="font-semibold">{t('place')}</dt>
          <dd>{meeting.place}</dd>
        </dl>
      </section>
      <div className="max-w-2xl">
        {state === 'open' ? (
          <>
            <p className="mb-6">{t('closes', { date: closes })}</p>
            <ClientMessages paths={['evaluation']}>
              <EvaluationForm action={answerEvaluationAction} code={code!} answer={answer} />
            </ClientMessages>
          </>
        ) : (
          <Notice tone={state === 'closed' ? 'info' : 'warning'}>{t(`states.${state}`, { date: closes })}</Notice>
        )}
      </div>
    </Container>
  );
}
