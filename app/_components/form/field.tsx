'use client';
// A labelled form field with its hint and server-side errors, wired for screen readers
// (aria-describedby, aria-invalid). Error messages are keys in the 'validation' namespace.
import { useTranslations } from 'next-intl';
import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';
import type { FieldError } from '@/lib/actions/form-state';
import { withRuntimeKeys } from '@/lib/i18n/runtime-key';

type Common = { label: string; hint?: ReactNode; errors?: FieldError[]; optional?: boolean };

export function FieldErrors({ id, errors }: { id: string; errors?: FieldError[] }) {
  const t = useTranslations('validation');
  if (!errors?.length) return null;
  return (
    <ul id={id} className="mt-1 text-sm font-semibold text-red-700">
      {errors.map((e, i) => (
        <li key={i}>{withRuntimeKeys(t).has(e.key) ? withRuntimeKeys(t)(e.key, e.values) : e.key}</li>
      ))}
    </ul>
  );
}

function useFieldIds(errors?: FieldError[], hint?: ReactNode) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

function Label({ htmlFor, label, optional }: { htmlFor: string; label: string; optional?: boolean }) {
  const t = useTranslations('common.form');
  return (
    <label htmlFor={htmlFor} className="block font-semibold">
      {label}
      {optional ? <span data-label-note="" className="font-normal text-muted"> ({t('optional')})</span> : null}
    </label>
  );
}

const inputClass =
  'mt-1 block w-full rounded-md border border-zinc-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700 aria-[invalid=true]:border-2';

export function TextField({ label, hint, errors, optional, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const { id, hintId, errorId, describedBy } = useFieldIds(errors, hint);
  return (
    <div className="mb-5">
      <Label htmlFor={input.id ?? id} label={label} optional={optional} />
      {hint ? <p id={hintId} className="text-sm text-muted">{hint}</p> : null}
      <input
        id={id}
        className={inputClass}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

export function TextAreaField({ label, hint, errors, optional, ...area }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { id, hintId, errorId, describedBy } = useFieldIds(errors, hint);
  return (
    <div className="mb-5">
      <Label htmlFor={id} label={label} optional={optional} />
      {hint ? <p id={hintId} className="text-sm text-muted">{hint}</p> : null}
      <textarea
        id={id}
        className={inputClass}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        {...area}
      />
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

export function SelectField({
  label,
  hint,
  errors,
  optional,
  options,
  ...select
}: Common & { options: { value: string; label: string }[] } & React.SelectHTMLAttributes<HTMLSelectElement>) {
  const { id, hintId, errorId, describedBy } = useFieldIds(errors, hint);
  return (
    <div className="mb-5">
      <Label htmlFor={id} label={label} optional={optional} />
      {hint ? <p id={hintId} className="text-sm text-muted">{hint}</p> : null}
      <select
        // React 19 resets a form after its action, and a select then goes back to the value it
        // was first rendered with, not to a changed defaultValue: a new key renders it anew, so
        // a refused form shows the option that was chosen.
        key={String(select.defaultValue ?? '')}
        id={id}
        className={inputClass}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
