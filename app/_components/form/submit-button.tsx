'use client';
import { useFormStatus } from 'react-dom';
import type { ReactNode } from 'react';
import { buttonClass } from '../ui/button-styles';

/** A submit button that shows progress and cannot be pressed twice while the form is sent. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = 'primary',
  name,
  value,
}: {
  children: ReactNode;
  pendingLabel: string;
  variant?: keyof typeof buttonClass;
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={buttonClass[variant]} disabled={pending} aria-disabled={pending} name={name} value={value}>
      {pending ? pendingLabel : children}
    </button>
  );
}
