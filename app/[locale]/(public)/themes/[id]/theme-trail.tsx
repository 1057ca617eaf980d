// The timeline of a theme's life on its page: one list item per step, oldest first, each with its
// date and what links to (the meeting, its agenda item, the other theme). Built by trail-rules.ts.
import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';
import type { TrailStep } from '@/lib/themes/trail-rules';

type Props = { steps: TrailStep[]; locale: string; companyName: string | null };

export async function ThemeTrail({ steps, locale, companyName }: Props) {
  const t = await getTranslations('themeTrail');
  return (
    <section aria-labelledby="trail" className="mt-10 max-w-3xl">
      <h2 id="trail" className="text-2xl font-bold">{t('page.trailTitle')}</h2>
      <p className="mt-2 text-muted">{t('page.trailIntro')}</p>
      <ol className="mt-6 space-y-6 border-l-2 border-brand-600 pl-6">
        {steps.map((step) => (
          <li key={step.key} className="relative">
            <span aria-hidden="true" className="absolute top-1.5 -left-[1.95rem] h-3 w-3 rounded-full border-2 border-brand-600 bg-white" />
            <p className="text-sm text-muted">
              <time dateTime={step.at.toISOString()}>{formatDate(step.at, locale)}</time>
            </p>
            <StepBody step={step} t={t} companyName={companyName} />
          </li>
        ))}
      </ol>
    </section>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<'themeTrail'>>>;

function StepBody({ step, t, companyName }: { step: TrailStep; t: T; companyName: string | null }) {
  const title = 'font-semibold';
  switch (step.kind) {
    case 'proposed':
      return <p className={title}>{companyName ? t('steps.proposedBy', { company: companyName }) : t('steps.proposed')}</p>;
    case 'accepted':
      return (
        <>
          <p className={title}>{t('steps.accepted')}</p>
          {step.answer ? (
            <div className="mt-1">
              <p className="text-sm">{t('steps.answer')}</p>
              <p className="whitespace-pre-wrap">{step.answer}</p>
            </div>
          ) : null}
        </>
      );
    case 'mergedInto':
      return (
        <p className={title}>
          {t('steps.mergedInto')} <Link href={`/themes/${step.theme.id}`} className="underline">{step.theme.title}</Link>
        </p>
      );
    case 'mergedFrom':
      return (
        <p className={title}>
          {t('steps.mergedFrom')} <Link href={`/themes/${step.theme.id}`} className="underline">{step.theme.title}</Link>
        </p>
      );
    case 'scheduled':
      return (
        <p className={title}>
          {t('steps.scheduled')} <Link href={`/meetings/${step.meeting.slug}`} className="underline">{step.meeting.title}</Link>
        </p>
      );
    case 'discussed':
      return (
        <>
          <p className={title}>
            {t('steps.discussed')} <Link href={`/meetings/${step.meeting.slug}`} className="underline">{step.meeting.title}</Link>
          </p>
          <p className="mt-1">
            {t('steps.agendaItem')}{' '}
            <Link href={`/meetings/${step.meeting.slug}#agenda-${step.agendaItemId}`} className="underline">{step.agendaTitle}</Link>
          </p>
        </>
      );
    case 'reported':
      return (
        <>
          <p className={title}>{t('steps.reported')}</p>
          <p className="mt-1">
            {t('steps.reportedAbout')} <Link href={`/meetings/${step.meeting.slug}`} className="underline">{step.meeting.title}</Link>
            {step.caseNumber ? <> · {t('steps.caseNumber', { caseNumber: step.caseNumber })}</> : null}
          </p>
        </>
      );
    case 'outcome':
      return (
        <>
          <p className={title}>{t('steps.outcome')}</p>
          <p className="mt-1 whitespace-pre-wrap">{step.outcome}</p>
          {step.caseNumber ? <p className="mt-1 text-sm">{t('steps.caseNumber', { caseNumber: step.caseNumber })}</p> : null}
        </>
      );
  }
}
