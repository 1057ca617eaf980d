// The council's view of the evaluations: the average usefulness per held meeting, with the number
// of answers it rests on. A table, as the numbers are few and exact.
import { getTranslations } from 'next-intl/server';
import { formatShortDate } from '@/lib/format/copenhagen-time';
import { formatAverage } from '@/lib/evaluations/rules';

type Props = {
  locale: string;
  meetings: { id: string; title: string; startsAt: Date }[];
  averages: Map<string, { average: number; answers: number }>;
};

export async function EvaluationStatistics({ locale, meetings, averages }: Props) {
  const t = await getTranslations('evaluation.council');
  const rated = meetings.filter((m) => averages.has(m.id));
  return (
    <section aria-labelledby="evaluation-statistics" className="mb-12 rounded-md border border-zinc-300 p-4 sm:p-6">
      <h2 id="evaluation-statistics" className="text-xl font-bold">
        {t('title')}
      </h2>
      <p className="mt-1 mb-4 text-muted">{t('intro')}</p>
      {rated.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full max-w-2xl text-left">
            <caption className="sr-only">{t('tableLabel')}</caption>
            <thead>
              <tr className="border-b border-zinc-400">
                <th scope="col" className="py-2 pr-4">{t('meeting')}</th>
                <th scope="col" className="py-2 pr-4 text-right">{t('average')}</th>
                <th scope="col" className="py-2 text-right">{t('answers')}</th>
              </tr>
            </thead>
            <tbody>
              {rated.map((m) => {
                const row = averages.get(m.id)!;
                return (
                  <tr key={m.id} className="border-b border-zinc-200">
                    <th scope="row" className="py-2 pr-4 font-normal">{`${m.title} (${formatShortDate(m.startsAt, locale)})`}</th>
                    <td className="py-2 pr-4 text-right font-semibold">{formatAverage(row.average, locale)}</td>
                    <td className="py-2 text-right">{row.answers}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
