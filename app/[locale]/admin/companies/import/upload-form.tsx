'use client';
// The CVR extract's upload. A file over the limit is refused here, before it is sent, with the
// same message the server gives; the server's refusals (empty file, wrong columns) are shown
// under the field, which is described by them for screen readers.
import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useId, useState } from 'react';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { idleState, type FieldError, type FormState } from '@/lib/actions/form-state';
import type { previewImportAction } from '@/lib/directory/actions';
import { withRuntimeKeys } from '@/lib/i18n/runtime-key';

type Props = { action: typeof previewImportAction; maxBytes: number };

export function UploadForm({ action, maxBytes }: Props) {
  const t = useTranslations('directory.import');
  const tAll = withRuntimeKeys(useTranslations());
  const locale = useLocale();
  const id = useId();
  const kilobytes = maxBytes / 1024;
  const [local, setLocal] = useState<FieldError[] | undefined>();
  const [state, formAction] = useActionState(async (previous: FormState, formData: FormData) => {
    const file = formData.get('file');
    if (!(file instanceof File) || file.size === 0 && file.name === '') {
      setLocal([{ key: 'noFile' }]);
      return previous;
    }
    if (file.size > maxBytes) {
      setLocal([{ key: 'fileTooLarge', values: { kilobytes } }]);
      return previous;
    }
    setLocal(undefined);
    return action(previous, formData);
  }, idleState);
  const serverErrors = state.status === 'error' ? (state.fieldErrors?.file ?? (state.message ? [{ key: state.message }] : undefined)) : undefined;
  const errors = local ?? serverErrors;
  const message = (e: FieldError) => {
    const own = `directory.import.errors.${e.key}`;
    if (tAll.has(own)) return tAll(own, { kilobytes, ...e.values });
    const common = `common.errors.${e.key}`;
    return tAll.has(common) ? tAll(common) : e.key;
  };
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <input type="hidden" name="locale" value={locale} />
      <div className="mb-5">
        <label htmlFor={id} className="block font-semibold">{t('file')}</label>
        <p id={hintId} className="text-sm text-muted">{t('fileHint', { kilobytes })}</p>
        <input
          id={id}
          name="file"
          type="file"
          accept=".csv,text/csv"
          required
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={[hintId, errors?.length ? errorId : null].filter(Boolean).join(' ')}
          className="mt-1 block w-full rounded-md border border-zinc-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700"
        />
        {errors?.length ? (
          <div role="alert">
            <ul id={errorId} className="mt-1 text-sm font-semibold text-red-700">
              {errors.map((e, i) => <li key={i}>{message(e)}</li>)}
            </ul>
          </div>
        ) : null}
      </div>
      <SubmitButton pendingLabel={t('working')}>{t('upload')}</SubmitButton>
    </form>
  );
}
