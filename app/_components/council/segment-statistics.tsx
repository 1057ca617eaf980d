// Per meeting: invited, registered and attended, in total and by the segment the invitation went
// to, as one table per meeting (newest first). Segments nobody was invited through and nobody
// registered through are left out; "not invited" is always shown.
import { getTranslations } from 'next-intl/server';
import type { InvitationStatistics } from '@/lib/council/queries';
import { formatShortDate } from '@/lib/format/copenhagen-time';

export async function SegmentStatistics({ meetings, locale }: { meetings: InvitationStatistics; locale: string }) {
  const t = await getTranslations('councilRsvp.statistics');
  const cell = 'py-2 pr-4 text-right tabular-nums';
  return (
    <section aria-labelledby="segments-title" className="mb-12 rounded-md border border-zinc-300 p-4 sm:p-6">
      <h2 id="segments-title" className="text-xl font-bold">{t('title')}</h2>
      <p className="mt-1 max-w-3xl text-muted">{t('intro')}</p>
      {meetings.length === 0 ? (
        <p className="mt-4">{t('empty')}</p>
      ) : (
        [...meetings].reverse().map((m) => {
          const rows = m.segments.filter((s) => s.segment === 'not-invited' || s.invited > 0 || s.registered > 0 || s.attended > 0);
          return (
            <div key={m.id} className="mt-6">
              <h3 id={`segments-${m.id}`} className="text-lg font-bold">
                {m.title} <span className="font-normal text-muted">({formatShortDate(m.startsAt, locale)})</span>
              </h3>
              {/* A scrollable area must be reachable by keyboard (WCAG 2.1.1), hence the tab stop. */}
              <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby={`segments-${m.id}`}>
                <table className="mt-2 w-full text-left" data-meeting={m.id}>
                  <caption className="sr-only">{t('tableLabel', { title: m.title, date: formatShortDate(m.startsAt, locale) })}</caption>
                  <thead>
                    <tr className="border-b border-zinc-400">
                      <th scope="col" className="py-2 pr-4">{t('segment')}</th>
                      <th scope="col" className="py-2 pr-4 text-right">{t('invited')}</th>
                      <th scope="col" className="py-2 pr-4 text-right">{t('registered')}</th>
                      <th scope="col" className="py-2 pr-4 text-right">{t('attended')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((s) => (
                      <tr key={s.segment} className="border-b border-zinc-200">
                        <th scope="row" className="py-2 pr-4 font-normal">{t(`segments.${s.segment}`)}</th>
                        <td className={cell}>{s.segment === 'not-invited' ? '–' : s.invited}</td>
                        <td className={cell}>{s.registered}</td>
                        <td className={cell}>{s.attended}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr className="border-t-2 border-zinc-400 font-bold">
                      <th scope="row" className="py-2 pr-4">{t('total')}</th>
                      <td className={cell}>{m.invited}</td>
                      <td className={cell}>{m.registered}</td>
                      <td className={cell}>{m.attended}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            </div>
          );
        })
      )}
    </section>
  );
}
