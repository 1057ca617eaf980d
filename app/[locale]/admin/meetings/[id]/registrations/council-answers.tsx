// The council's answers to the invitation, apart from the registrations: every active council
// member with coming, not coming or no answer, and the counts of those same rows.
import { getTranslations } from 'next-intl/server';
import { formatShortDate, formatTime } from '@/lib/format/copenhagen-time';
import type { readCouncilAnswersForMeeting } from '@/lib/invitations/council-rsvp-queries';

type Props = { answers: Awaited<ReturnType<typeof readCouncilAnswersForMeeting>>; locale: string };

export async function CouncilAnswers({ answers, locale }: Props) {
  const t = await getTranslations('councilRsvp.admin');
  const { rows, counts } = answers;
  const label = (answer: string | null) => (answer === 'coming' ? t('coming') : answer === 'not-coming' ? t('notComing') : t('noAnswer'));
  return (
    <section aria-labelledby="reg-council" className="mb-10">
      <h2 id="reg-council" className="mb-1 text-2xl font-bold">{t('title')}</h2>
      <p className="mb-4 text-muted">{t('intro')}</p>
      {rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <dl className="mb-4 grid grid-cols-3 gap-3 text-center" data-testid="council-counts">
            <div className="rounded-md border border-zinc-300 p-3">
              <dt className="text-sm text-muted">{t('coming')}</dt>
              <dd className="text-2xl font-bold">{counts.coming}</dd>
            </div>
            <div className="rounded-md border border-zinc-300 p-3">
              <dt className="text-sm text-muted">{t('notComing')}</dt>
              <dd className="text-2xl font-bold">{counts.notComing}</dd>
            </div>
            <div className="rounded-md border border-zinc-300 p-3">
              <dt className="text-sm text-muted">{t('noAnswer')}</dt>
              <dd className="text-2xl font-bold">{counts.noAnswer}</dd>
            </div>
          </dl>
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('tableLabel')}>
            <table className="w-full text-left">
              <caption className="sr-only">{t('tableLabel')}</caption>
              <thead>
                <tr className="border-b border-zinc-400">
                  <th scope="col" className="py-2 pr-4">{t('member')}</th>
                  <th scope="col" className="py-2 pr-4">{t('answer')}</th>
                  <th scope="col" className="py-2">{t('answeredAt')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.userId} className="border-b border-zinc-200">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      {r.name ?? r.email}
                      {r.name ? <span className="block text-sm break-all text-muted">{r.email}</span> : null}
                    </th>
                    <td className="py-2 pr-4 font-semibold">{label(r.answer)}</td>
                    <td className="py-2">{r.answeredAt ? `${formatShortDate(r.answeredAt, locale)} ${formatTime(r.answeredAt, locale)}` : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
