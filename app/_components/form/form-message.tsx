'use client';
import { useTranslations } from 'next-intl';
import type { FormState } from '@/lib/auth/form-state';
import { Notice } from '../ui/notice';

/**
 * The form-level outcome. `namespace` holds the form's own message keys; field errors are
 * summarised so a screen reader user hears that the form needs attention.
 */
export function FormMessage({ state, namespace, successKey }: { state: FormState; namespace: string; successKey?: string }) {
  const t = useTranslations();
  if (state.status === 'success' && (state.message || successKey)) {
    const key = `${namespace}.${state.message ?? successKey}`;
    return <Notice tone="success">{t.has(key) ? t(key) : key}</Notice>;
  }
  if (state.status === 'error') {
    if (state.message) {
      const own = `${namespace}.${state.message}`;
      const common = `common.errors.${state.message}`;
      const text = t.has(own) ? t(own) : t.has(common) ? t(common) : state.message;
      return <Notice tone="error">{text}</Notice>;
    }
    if (state.fieldErrors) return <Notice tone="error">{t('common.form.errorSummary')}</Notice>;
  }
  return null;
}
