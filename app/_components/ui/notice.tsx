import clsx from 'clsx';
import type { ReactNode } from 'react';

const tones = {
  info: 'border-brand-600 bg-brand-50',
  success: 'border-green-700 bg-green-50',
  error: 'border-red-700 bg-red-50',
  warning: 'border-amber-700 bg-amber-50',
} as const;

/** A message box. Errors and successes are announced to screen readers. */
export function Notice({ tone = 'info', children, title }: { tone?: keyof typeof tones; children: ReactNode; title?: string }) {
  const role = tone === 'error' ? 'alert' : tone === 'success' ? 'status' : undefined;
  return (
    <div role={role} className={clsx('rounded-md border-l-4 p-4', tones[tone])}>
      {title ? <p className="font-semibold">{title}</p> : null}
      <div>{children}</div>
    </div>
  );
}
