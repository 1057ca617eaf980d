'use client';
// The moderation queue as one form: tick several submitted themes, then accept them or reject
// them with one reason (the proposers see it).
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { TextAreaField } from '@/app/_components/form/field';
import { Link } from '@/lib/i18n/navigation';
import type { decideThemesAction } from '@/lib/themes/actions';
import { AdminFormMessage } from '../_components/admin-form-message';
import { useAdminForm } from '../_components/use-admin-form';
import { MODERATOR_ANSWER_MAX } from '@/lib/validation/limits';
import { withRuntimeKeys } from '@/lib/i18n/runtime-key';

export type QueueTheme = {
  id: string;
  title: string;
  category: string;
  companyName: string | null;
  proposerName: string | null;
  submitted: string;
  supports: number;
};

export function BulkDecisionForm({ action, themes }: { action: typeof decideThemesAction; themes: QueueTheme[] }) {
  const t = useTranslations('admin.themes');
  const tc = useTranslations('themes.categories');
  const { state, formAction, field, checked } = useAdminForm(action);
  return (
    <form action={formAction} noValidate>
      <AdminFormMessage state={state} />
      <fieldset>
        <legend className="mb-2 font-semibold">{t('queueSelect')}</legend>
        <ul className="divide-y divide-zinc-200 rounded-md border border-zinc-300">
          {/* Ids by position, not by the theme's uuid: the page sends each id twice per row. */}
          {themes.map((theme, i) => (
            <li key={theme.id} className="flex items-start gap-3 p-3">
              <input
                id={`pick-${i}`}
                type="checkbox"
                name="themeIds"
                value={theme.id}
                defaultChecked={checked('themeIds', theme.id, false)}
                className="mt-1 size-6 shrink-0"
                aria-describedby={`meta-${i}`}
              />
              <div>
                <label htmlFor={`pick-${i}`} className="font-semibold">{theme.title}</label>
                <p id={`meta-${i}`} className="text-sm text-muted">
                  {withRuntimeKeys(tc)(theme.category)} · {[theme.companyName, theme.proposerName].filter(Boolean).join(', ') || t('noProposer')} ·{' '}
                  {theme.submitted} · {t('supports', { count: theme.supports })}
                </p>
                <Link href={`/admin/themes/${theme.id}`} className="text-sm font-semibold underline">
                  {t('openTheme')}
                  <span className="sr-only">: {theme.title}</span>
                </Link>
              </div>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="mt-4 max-w-2xl">
        <TextAreaField
          label={t('bulkReason')}
          hint={t('bulkReasonHint')}
          {...field('answer')}
          rows={3}
          optional
          maxLength={MODERATOR_ANSWER_MAX}
        />
        <div className="flex flex-wrap gap-2">
          <SubmitButton name="decision" value="accept" pendingLabel={t('working')}>{t('acceptSelected')}</SubmitButton>
          <SubmitButton name="decision" value="reject" variant="danger" pendingLabel={t('working')}>{t('rejectSelected')}</SubmitButton>
        </div>
      </div>
    </form>
  );
}
