// An "Edit" link that opens the edit form (and the delete button) of one row in a list. Screen
// readers hear which row: "Edit: <name>", since a list of identical "Edit" links says nothing.
import type { ReactNode } from 'react';

type Props = { label: string; name: string; className?: string; children: ReactNode };

export function EditDisclosure({ label, name, className, children }: Props) {
  return (
    <details className={className}>
      <summary className="cursor-pointer font-semibold text-brand-700 underline">
        {label}
        <span className="sr-only">: {name}</span>
      </summary>
      <div className="mt-3 space-y-4 border-t border-zinc-200 pt-3">{children}</div>
    </details>
  );
}
