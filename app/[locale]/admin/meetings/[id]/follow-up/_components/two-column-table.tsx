// A follow-up's list of people with one fact each (read receipts, failed deliveries): the person
// heads the row, so a screen reader names whom each fact is about.
import type { ReactNode } from 'react';

type Row = { key: string; person: ReactNode; fact: ReactNode };

export function TwoColumnTable({ headings, rows, personClassName = '' }: { headings: [string, string]; rows: Row[]; personClassName?: string }) {
  return (
    <table className="mt-3 w-full text-left">
      <thead>
        <tr className="border-b border-zinc-400">
          <th scope="col" className="py-2 pr-4">{headings[0]}</th>
          <th scope="col" className="py-2">{headings[1]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-b border-zinc-200">
            <th scope="row" className={`py-2 pr-4 font-normal ${personClassName}`}>{r.person}</th>
            <td className="py-2">{r.fact}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
