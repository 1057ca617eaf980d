'use client';
import { useTranslations } from 'next-intl';
import type { FormState } from '@/lib/actions/form-state';
import { Notice } from '../ui/notice';
import { ErrorSummary } from './error-summary';
import { withRuntimeKeys } from '@/lib/i18n/runtime-key';

/**
 * The form-level outcome. `namespace` holds the form's own message keys; field errors get the
 * error summary (links to each field, focus moved to it), so every form has it without code of its own.
 */
export function FormMessage({ state, namespace, successKey }: { state: FormState; namespace: string; successKey?: string }) {
  const t = withRuntimeKeys(useTranslations());
  if (state.status === 'success' && (state.message || successKey)) {
    const key = `${namespace}.${state.message ?? successKey}`;
    return <Notice tone="success">{t.has(key) ? t(key) : key}</Notice>;
  }
  if (state.status === 'error') {
    let text: string | undefined;
    if (state.message) {
      const own = `${namespace}.${state.message}`;
      const common = `common.errors.${state.message}`;
      text = t.has(own) ? t(own) : t.has(common) ? t(common) : state.message;
    }
    // Field errors always get the summary with a link to each field; a form-level message heads it.
    if (state.fieldErrors && Object.keys(state.fieldErrors).length) {
      return <ErrorSummary title={text ?? t('common.form.errorSummary')} fieldErrors={state.fieldErrors} />;
    }
    if (text) return <Notice tone="error">{text}</Notice>;
  }
  return null;
}
