// The evaluation's results on the follow-up page: how many answered of how many were asked, the
// average and the distribution 1–5, and the suggestions, each with "Foreslå som tema" (or the
// theme made of it). Never who answered what: the rows carry no names.
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/app/_components/i18n/client-messages';
import { BarListChart } from '@/app/_components/charts/bar-list-chart';
import { ChartFigure } from '@/app/_components/charts/chart-figure';
import { SuggestThemeButton } from '@/app/_components/evaluations/suggest-theme-button';
import { suggestThemeFromEvaluationAction } from '@/lib/evaluations/actions';
import type { EvaluationResults as Results } from '@/lib/evaluations/queries';
import { formatAverage, USEFULNESS } from '@/lib/evaluations/rules';
import { Link } from '@/lib/i18n/navigation';

export async function EvaluationResults({ results, locale, canSuggest }: { results: Results; locale: string; canSuggest: boolean }) {
  const t = await getTranslations('evaluation.results');
  const items = USEFULNESS.map((score) => ({ label: t('chartLabel', { score }), value: results.distribution[score] }));
  return (
    <section aria-labelledby="evaluation-results" className="mt-10">
      <h2 id="evaluation-results" className="text-2xl font-bold">
        {t('title')}
      </h2>
      <p className="mt-1 mb-4 text-muted">{t('intro')}</p>
      <p className="font-semibold">{t('answers', { answers: results.answers, asked: results.asked })}</p>
      {results.average === null ? (
        <p className="mb-6">{t('none')}</p>
      ) : (
        <>
          <p className="mb-4 font-semibold">{t('average', { average: formatAverage(results.average, locale) })}</p>
          <ChartFigure
            id="evaluation-usefulness"
            title={t('chartTitle')}
            tableLabel={t('showTable')}
            columns={[t('score'), t('count')]}
            rows={items.map((i) => [i.label, i.value])}
          >
            <BarListChart id="evaluation-usefulness" label={t('chartTitle')} items={items} />
          </ChartFigure>
        </>
      )}
      <h3 className="mb-2 text-xl font-bold">{t('suggestionsTitle')}</h3>
      {results.suggestions.length === 0 ? (
        <p>{t('noSuggestions')}</p>
      ) : (
        <ClientMessages paths={['evaluation']}>
          <ul className="space-y-3">
            {results.suggestions.map((s) => (
              <li key={s.id} className="rounded-md border border-zinc-300 p-4">
                <p id={`suggestion-${s.id}`} className="whitespace-pre-line break-words">
                  {s.suggestion}
                </p>
                {s.suggestedThemeId ? (
                  <p className="mt-2">
                    <Link href={`/admin/themes/${s.suggestedThemeId}`} className="underline">
                      {t('themeLink')}
                    </Link>
                  </p>
                ) : canSuggest ? (
                  <SuggestThemeButton action={suggestThemeFromEvaluationAction} evaluationId={s.id} describedBy={`suggestion-${s.id}`} />
                ) : null}
              </li>
            ))}
          </ul>
        </ClientMessages>
      )}
    </section>
  );
}
