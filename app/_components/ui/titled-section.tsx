// A page section named by its own heading (aria-labelledby), so the landmark is announced by the
// heading's text.
import type { ReactNode } from 'react';

type Props = { id: string; title: ReactNode; className?: string; headingClassName?: string; children: ReactNode };

export function TitledSection({ id, title, className, headingClassName = 'text-2xl font-bold', children }: Props) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={headingClassName}>{title}</h2>
      {children}
    </section>
  );
}
