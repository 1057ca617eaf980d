'use client';
// The explicit confirmation a start in the past needs: such a meeting is recorded as already
// held and never takes registrations. Shown when the typed start is in the past (Copenhagen
// time) or when the server asked for it; the server decides either way.
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { FieldErrors } from '@/app/_components/form/field';
import type { FieldError } from '@/lib/actions/form-state';

type Props = { errors?: FieldError[]; defaultChecked: boolean };

export function RecordAsHeldField({ errors, defaultChecked }: Props) {
  const t = useTranslations('admin.meetings.form');
  const id = useId();
  const describedBy = [`${id}-hint`, errors?.length ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="mb-5 rounded-md border-2 border-amber-700 bg-amber-50 p-4">
      <p id={`${id}-hint`} className="mb-2">{t('pastHint')}</p>
      <div className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          name="recordAsHeld"
          className="mt-1 size-5 shrink-0"
          defaultChecked={defaultChecked}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy}
        />
        <label htmlFor={id} className="font-semibold">{t('recordAsHeld')}</label>
      </div>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
