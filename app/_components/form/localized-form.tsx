'use client';
// A form of the public site or the portal: its outcome announced above the fields, and the
// page's language sent along, so the action answers (and emails) in the language the person reads.
import { useLocale } from 'next-intl';
import type { ReactNode } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { FormMessage } from './form-message';

type Props<T> = {
  action: (formData: FormData) => void;
  state: FormState<T>;
  /** The form's own message keys (see FormMessage). */
  namespace: string;
  className: string;
  messageClassName?: string;
  children: ReactNode;
};

export function LocalizedForm<T>({ action, state, namespace, className, messageClassName = 'mb-6 empty:hidden', children }: Props<T>) {
  const locale = useLocale();
  return (
    <form action={action} noValidate className={className}>
      <div aria-live="polite" className={messageClassName}>
        <FormMessage state={state} namespace={namespace} />
      </div>
      <input type="hidden" name="locale" value={locale} />
      {children}
    </form>
  );
}
