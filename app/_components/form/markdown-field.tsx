'use client';
// A markdown text area with a live preview beside it (below it on narrow screens). The preview
// is the same safe renderer the published text uses, so what you see is what readers get.
import { useDeferredValue, useId, useState } from 'react';
import type { FieldError } from '@/lib/actions/form-state';
import { MarkdownText } from '../ui/markdown';
import { FieldErrors } from './field';

type Props = {
  name: string;
  label: string;
  hint: string;
  previewLabel: string;
  emptyPreview: string;
  defaultValue: string;
  errors?: FieldError[];
  rows?: number;
  /** From lib/validation/limits, the same number the server's schema uses. */
  maxLength?: number;
};

export function MarkdownField({ name, label, hint, previewLabel, emptyPreview, defaultValue, errors, rows = 18, maxLength }: Props) {
  const id = useId();
  const [value, setValue] = useState(defaultValue);
  const preview = useDeferredValue(value);
  const describedBy = [`${id}-hint`, errors?.length ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="mb-5 grid gap-4 lg:grid-cols-2">
      <div>
        <label htmlFor={id} className="block font-semibold">
          {label}
        </label>
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
        <textarea
          id={id}
          name={name}
          rows={rows}
          maxLength={maxLength}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy}
          className="mt-1 block w-full rounded-md border border-zinc-500 bg-white px-3 py-2 font-mono text-sm aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700"
        />
        <FieldErrors id={`${id}-error`} errors={errors} />
      </div>
      <section aria-labelledby={`${id}-preview`} className="min-w-0 rounded-md border border-zinc-300 bg-zinc-50 p-4">
        <h2 id={`${id}-preview`} className="mb-3 text-sm font-bold uppercase tracking-wide text-muted">
          {previewLabel}
        </h2>
        {preview.trim() ? <MarkdownText>{preview}</MarkdownText> : <p className="text-muted">{emptyPreview}</p>}
      </section>
    </div>
  );
}
