// One table of the period report under its own heading: first column as row headers, numbers
// right-aligned, scrolling sideways on a narrow screen (reachable by keyboard) and whole on paper.
import clsx from 'clsx';
import type { ReactNode } from 'react';
import type { ReportTable } from '@/lib/reports/report-tables';

/** Columns after the first that hold counts (right-aligned). */
const numericColumns: Record<string, number[]> = { meetings: [2, 3], industries: [1, 2], sizes: [1, 2], evaluation: [1, 2] };

export function ReportTableView({ table, emptyText, children }: { table: ReportTable; emptyText: string; children?: ReactNode }) {
  const numeric = numericColumns[table.id] ?? [];
  const titleId = `${table.id}-title`;
  return (
    <section aria-labelledby={titleId} className="mb-10">
      <h2 id={titleId} className="text-xl font-bold break-after-avoid">
        {table.title}
      </h2>
      {table.description ? <p className="mt-1 max-w-3xl text-muted print:text-black">{table.description}</p> : null}
      {children}
      {table.rows.length ? (
        <div className="mt-3 overflow-x-auto print:overflow-visible" tabIndex={0} role="region" aria-labelledby={titleId}>
          <table className="w-full min-w-[36rem] text-left text-sm print:min-w-0">
            <caption className="sr-only">{table.title}</caption>
            <thead>
              <tr className="border-b-2 border-zinc-500">
                {table.columns.map((c, i) => (
                  <th key={i} scope="col" className={clsx('py-2 pr-4 align-bottom', numeric.includes(i) && 'text-right')}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r} className="border-b border-zinc-200 align-top break-inside-avoid">
                  {row.map((value, i) =>
                    i === 0 ? (
                      <th key={i} scope="row" className="py-2 pr-4 font-semibold">
                        {value}
                      </th>
                    ) : (
                      <td key={i} className={clsx('py-2 pr-4', numeric.includes(i) && 'text-right tabular-nums')}>
                        {value}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-3">{emptyText}</p>
      )}
    </section>
  );
}
