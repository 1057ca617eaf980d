// One filter of an admin list (a GET form): a labelled choice whose first option is "any".
import type { ReactNode } from 'react';

export const filterFieldClass = 'mt-1 block w-full rounded-md border border-zinc-500 bg-white px-3 py-2';

type Props = {
  id: string;
  name: string;
  label: string;
  anyLabel: string;
  value: string | undefined;
  children: ReactNode;
  className?: string;
  /** What the choices cover, when that is not all there is; read out with the field. */
  hint?: string;
};

export function FilterSelect({ id, name, label, anyLabel, value, children, className = filterFieldClass, hint }: Props) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">{label}</label>
      <select id={id} name={name} defaultValue={value ?? ''} className={className} aria-describedby={hint ? `${id}-hint` : undefined}>
        <option value="">{anyLabel}</option>
        {children}
      </select>
      {hint ? <p id={`${id}-hint`} className="mt-1 text-sm text-muted">{hint}</p> : null}
    </div>
  );
}
