'use client';
// The confirmation step before an irreversible action: the first button only opens a panel that
// says what will happen; the panel's button submits the form with confirmed=yes.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { buttonClass } from '../ui/button-styles';
import { SubmitButton } from './submit-button';

type Props = {
  openLabel: string;
  heading: string;
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  cancelLabel: string;
  /** The submit button's name/value, e.g. intent=dispatch. */
  name?: string;
  value?: string;
  variant?: 'primary' | 'danger';
  disabled?: boolean;
};

export function ConfirmStep({ openLabel, heading, children, confirmLabel, pendingLabel, cancelLabel, name, value, variant = 'primary', disabled }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) headingRef.current?.focus();
    else if (wasOpen.current) openerRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open) {
    return (
      <button ref={openerRef} type="button" className={buttonClass[variant]} onClick={() => setOpen(true)} disabled={disabled} aria-expanded={false}>
        {openLabel}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={id} className="w-full rounded-md border-l-4 border-amber-700 bg-amber-50 p-4">
      <h2 id={id} ref={headingRef} tabIndex={-1} className="text-lg font-bold outline-none">
        {heading}
      </h2>
      <div className="mt-2">{children}</div>
      <input type="hidden" name="confirmed" value="yes" />
      <div className="mt-4 flex flex-wrap gap-3">
        <SubmitButton name={name} value={value} pendingLabel={pendingLabel} variant={variant}>
          {confirmLabel}
        </SubmitButton>
        <button type="button" className={buttonClass.secondary} onClick={() => setOpen(false)}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
