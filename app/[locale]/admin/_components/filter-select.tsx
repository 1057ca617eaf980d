// One filter of an admin list (a GET form): a labelled choice whose first option is "any".
import type { ReactNode } from 'react';

export const filterFieldClass = 'mt-1 block w-full rounded-md border border-zinc-500 bg-white px-3 py-2';

type Props = { id: string; name: string; label: string; anyLabel: string; value: string | undefined; children: ReactNode; className?: string };

export function FilterSelect({ id, name, label, anyLabel, value, children, className = filterFieldClass }: Props) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">{label}</label>
      <select id={id} name={name} defaultValue={value ?? ''} className={className}>
        <option value="">{anyLabel}</option>
        {children}
      </select>
    </div>
  );
}
