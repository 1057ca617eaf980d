'use client';
// Marks imported company addresses as business-service contacts: one or a selection, with the
// legal ground it relies on (required), after a confirmation step.
import { useTranslations } from 'next-intl';
import { ConfirmStep } from '@/app/_components/form/confirm-step';
import { TextAreaField } from '@/app/_components/form/field';
import { FormMessage } from '@/app/_components/form/form-message';
import { useFormAction } from '@/app/_components/form/use-form-action';
import { markContactsAction } from '@/lib/subscriptions/actions';
import { LEGAL_NOTE_MAX } from '@/lib/subscriptions/schema';

type Company = { id: string; name: string; cvr: string; email: string | null };

export function MarkContactsForm({ companies }: { companies: Company[] }) {
  const t = useTranslations('subscriptions.admin');
  const tCommon = useTranslations('admin.common');
  const [state, action] = useFormAction(markContactsAction);
  const errors = state.status === 'error' ? state.fieldErrors : undefined;
  const values = state.status === 'error' ? state.values : undefined;
  const chosen = new Set(state.status === 'error' ? (state.lists?.companyIds ?? []) : []);
  return (
    <form action={action} noValidate className="space-y-4">
      <div aria-live="polite" className="empty:hidden">
        <FormMessage state={state} namespace="subscriptions.admin" />
      </div>
      <fieldset>
        <legend className="sr-only">{t('contactsTitle')}</legend>
        <ul className="divide-y divide-zinc-200 rounded-md border border-zinc-300">
          {companies.map((c) => (
            <li key={c.id} className="p-3">
              <label className="flex min-h-11 items-start gap-3">
                <input type="checkbox" name="companyIds" value={c.id} defaultChecked={chosen.has(c.id)} className="mt-1 size-5" aria-label={t('select', { name: c.name })} />
                <span>
                  <span className="font-semibold">{c.name}</span> <span className="text-muted">(CVR {c.cvr})</span>
                  <br />
                  <span className="break-all">{c.email}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="max-w-xl">
        <TextAreaField
          label={t('legalNote')}
          hint={t('legalNoteHint')}
          name="legalNote"
          rows={3}
          required
          maxLength={LEGAL_NOTE_MAX}
          defaultValue={values?.legalNote}
          errors={errors?.legalNote}
        />
      </div>
      <ConfirmStep
        openLabel={t('mark')}
        heading={t('markHeading')}
        headingLevel={3}
        confirmLabel={t('markConfirm')}
        pendingLabel={t('marking')}
        cancelLabel={tCommon('keep')}
      >
        <p>{t('markText')}</p>
      </ConfirmStep>
    </form>
  );
}
