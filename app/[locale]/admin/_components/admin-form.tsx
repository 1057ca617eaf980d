'use client';
// The frame of an admin form: its outcome announced above the fields, and the ids (and the
// version it was opened on, where a save must not overwrite someone else's) sent as hidden fields.
import type { ReactNode } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { AdminFormMessage } from './admin-form-message';

type Props<T> = {
  formAction: (formData: FormData) => void;
  state: FormState<T>;
  hidden: Record<string, string | number>;
  className?: string;
  children: ReactNode;
};

export function AdminForm<T>({ formAction, state, hidden, className, children }: Props<T>) {
  return (
    <form action={formAction} noValidate className={className}>
      <AdminFormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
    </form>
  );
}
