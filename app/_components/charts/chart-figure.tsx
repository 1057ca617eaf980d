// The frame of every chart: a titled figure whose SVG is described for screen readers, and the
// same numbers as a table behind a disclosure (for screen readers, keyboard users and print).
import clsx from 'clsx';
import type { ReactNode } from 'react';

type Props = {
  id: string;
  title: string;
  description?: string;
  tableLabel: string;
  columns: string[];
  rows: (string | number)[][];
  children: ReactNode;
};

export function ChartFigure({ id, title, description, tableLabel, columns, rows, children }: Props) {
  return (
    <figure aria-labelledby={`${id}-title`} className="mb-12 rounded-md border border-zinc-300 p-4 sm:p-6">
      <figcaption>
        <h2 id={`${id}-title`} className="text-xl font-bold">
          {title}
        </h2>
        {description ? (
          <p id={`${id}-desc`} className="mt-1 text-muted">
            {description}
          </p>
        ) : null}
      </figcaption>
      {/* Below ~480 px the chart scrolls sideways rather than shrinking its text; a scrollable
          area must be reachable by keyboard (WCAG 2.1.1), hence the tab stop. */}
      <div className="mt-4 overflow-x-auto [&>svg]:min-w-[480px]" tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
        {children}
      </div>
      <details className="mt-4">
        <summary className="cursor-pointer font-semibold underline">{tableLabel}</summary>
        <div className="overflow-x-auto">
          <table className="mt-3 w-full text-left">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-zinc-400">
                {columns.map((c, i) => (
                  <th key={c} scope="col" className={clsx('py-2 pr-4', i > 0 && 'text-right')}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, r) => (
                <tr key={r} className="border-b border-zinc-200">
                  {row.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row" className="py-2 pr-4 font-normal">
                        {cell}
                      </th>
                    ) : (
                      <td key={i} className="py-2 pr-4 text-right tabular-nums">
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
