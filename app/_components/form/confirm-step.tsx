'use client';
// The confirmation step before an irreversible action: the first button only opens a panel that
// says what will happen; the panel's button submits the form with confirmed=yes. Focus goes to
// the panel's heading when it opens and back to the first button when it is closed, so a keyboard
// or screen-reader user is never left at the top of the page. Every confirmation uses this one.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { buttonClass } from '../ui/button-styles';
import { SubmitButton } from './submit-button';

type Props = {
  openLabel: ReactNode;
  heading: string;
  /** The level of the panel's heading, one below the section it sits in; 'text' in a row of a list. */
  headingLevel?: 2 | 3 | 4 | 'text';
  children?: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  cancelLabel: string;
  /** The submit button's name/value, e.g. intent=dispatch. */
  name?: string;
  value?: string;
  variant?: 'primary' | 'secondary' | 'danger';
  /** The first button's look, when it should be quieter than the confirming one. */
  openVariant?: 'primary' | 'secondary' | 'danger';
  disabled?: boolean;
};

export function ConfirmStep({ openLabel, heading, headingLevel = 2, children, confirmLabel, pendingLabel, cancelLabel, name, value, variant = 'primary', openVariant, disabled }: Props) {
  const [open, setOpen] = useState(false);
  const Heading = headingLevel === 'text' ? 'p' : (`h${headingLevel}` as const);
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement & HTMLParagraphElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) headingRef.current?.focus();
    else if (wasOpen.current) openerRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open) {
    return (
      <button ref={openerRef} type="button" className={buttonClass[openVariant ?? variant]} onClick={() => setOpen(true)} disabled={disabled} aria-expanded={false}>
        {openLabel}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={id} className="w-full rounded-md border-l-4 border-amber-700 bg-amber-50 p-4">
      <Heading id={id} ref={headingRef} tabIndex={-1} className="text-lg font-bold outline-none">
        {heading}
      </Heading>
      {children ? <div className="mt-2">{children}</div> : null}
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
