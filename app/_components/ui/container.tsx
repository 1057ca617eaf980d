import clsx from 'clsx';
import type { ReactNode } from 'react';

export function Container({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={clsx('mx-auto w-full max-w-5xl px-4 sm:px-6', className)}>{children}</div>;
}
