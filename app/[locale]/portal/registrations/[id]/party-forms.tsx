'use client';
// One person of the party (shown, changed in place, removed after a confirmation step) and the
// form that adds a colleague. Each form keeps what was typed when it is refused, with the errors
// next to the fields; outcomes are announced in a live region.
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { ConfirmStep } from '@/app/_components/form/confirm-step';
import { TextField } from '@/app/_components/form/field';
import { FormMessage } from '@/app/_components/form/form-message';
import { keptFields } from '@/app/_components/form/kept-fields';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { useFormAction } from '@/app/_components/form/use-form-action';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { addColleagueAction, removeColleagueAction, updatePartyMemberAction } from '@/lib/attendees/party-actions';
import { ATTENDEE_MAX } from '@/lib/attendees/party-limits';
import { EMAIL_MAX } from '@/lib/validation/limits';

type Member = { id: string; name: string; email: string | null; note: string | null; checkedInAt: Date | null };

export function PartyMember({
  registrationId,
  member,
  number,
  changeable,
  own = false,
}: {
  registrationId: string;
  member: Member;
  number?: number;
  changeable: boolean;
  own?: boolean;
}) {
  const t = useTranslations('party.page');
  const tf = useTranslations('party.form');
  const unnamed = !own && !member.name;
  // An unnamed colleague opens ready to be named.
  const [editing, setEditing] = useState(unnamed && changeable);
  const [saved, save] = useFormAction(updatePartyMemberAction);
  const [removed, remove] = useFormAction(removeColleagueAction);
  const editRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const wasEditing = useRef(editing);
  // A saved change closes the form (adjusted while rendering, once per new outcome).
  const [seen, setSeen] = useState(saved);
  if (seen !== saved) {
    setSeen(saved);
    if (saved.status === 'success') setEditing(false);
  }
  useEffect(() => {
    if (wasEditing.current && !editing) editRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  // A removed colleague's box goes away with the refreshed page: focus moves to the list's
  // heading and the outcome is said in the page's status region, so nobody is left nowhere.
  const removing = useRef(false);
  const removedText = useTranslations('party.messages')('colleagueRemoved');
  useEffect(
    () => () => {
      if (!removing.current) return;
      const status = document.getElementById('party-status');
      if (status) status.textContent = removedText;
      document.getElementById('colleagues')?.focus();
    },
    [removedText],
  );
  const { field } = keptFields(saved);
  const label = own ? member.name : number ? tf('colleague', { number }) : member.name;
  const checkedIn = Boolean(member.checkedInAt);

  return (
    <div className="rounded-md border border-zinc-300 p-4" role="group" aria-labelledby={headingId}>
      <div aria-live="polite" className="mb-2 empty:hidden">
        {saved.status !== 'idle' ? <FormMessage state={saved} namespace="party.messages" /> : null}
        {removed.status === 'error' ? <FormMessage state={removed} namespace="party.messages" /> : null}
      </div>
      <p id={headingId} className="text-lg font-semibold">
        {own ? member.name : member.name || <span className="text-amber-800">{t('unnamed')}</span>}
        {!own && number ? <span className="sr-only"> ({tf('colleague', { number })})</span> : null}
      </p>
      {member.email ? <p className="break-all">{member.email}</p> : null}
      {member.note && !editing ? <p className="whitespace-pre-line text-muted">{member.note}</p> : null}
      {checkedIn ? <p className="font-semibold text-green-800">{t('checkedIn')}</p> : null}

      {editing ? (
        <form action={save} noValidate className="mt-3">
          <input type="hidden" name="registrationId" value={registrationId} />
          <input type="hidden" name="attendeeId" value={member.id} />
          {own ? null : (
            <>
              <TextField label={tf('name')} hint={unnamed ? t('unnamedHint') : undefined} {...field('name', member.name)} maxLength={ATTENDEE_MAX.name} autoComplete="off" />
              <TextField label={tf('email')} hint={tf('emailHint')} {...field('email', member.email ?? '')} type="email" maxLength={EMAIL_MAX} autoComplete="off" optional />
            </>
          )}
          <TextField label={tf('note')} hint={tf('noteHint')} {...field('note', member.note ?? '')} maxLength={ATTENDEE_MAX.note} optional />
          <div className="flex flex-wrap gap-3">
            <SubmitButton pendingLabel={t('saving')}>
              {t('save')}
              <span className="sr-only">: {label}</span>
            </SubmitButton>
            {unnamed ? null : (
              <button type="button" className={buttonClass.secondary} onClick={() => setEditing(false)}>
                {t('removeNo')}
              </button>
            )}
          </div>
        </form>
      ) : changeable && !checkedIn ? (
        <div className="mt-3">
          <button ref={editRef} type="button" className={buttonClass.secondary} onClick={() => setEditing(true)} aria-expanded={false}>
            {t('edit')}
            <span className="sr-only">: {label}</span>
          </button>
        </div>
      ) : null}

      {!own && changeable && !checkedIn ? (
        <form action={remove} className="mt-3" onSubmit={() => (removing.current = true)}>
          <input type="hidden" name="registrationId" value={registrationId} />
          <input type="hidden" name="attendeeId" value={member.id} />
          <ConfirmStep
            openLabel={
              <>
                {t('removeColleague')}
                <span className="sr-only">: {label}</span>
              </>
            }
            openVariant="secondary"
            variant="danger"
            heading={member.name ? t('confirmRemove', { name: member.name }) : t('confirmRemoveUnnamed')}
            headingLevel={3}
            confirmLabel={t('removeYes')}
            pendingLabel={t('removing')}
            cancelLabel={t('removeNo')}
          />
        </form>
      ) : null}
    </div>
  );
}

export function AddColleagueForm({ registrationId }: { registrationId: string }) {
  const t = useTranslations('party.page');
  const tf = useTranslations('party.form');
  const [result, action] = useFormAction(addColleagueAction);
  // After a success React empties the form (nothing typed is kept), ready for the next colleague.
  const { field } = keptFields(result);
  return (
    <form action={action} noValidate>
      <div aria-live="polite" className="mb-4 empty:hidden">
        {result.status !== 'idle' ? <FormMessage state={result} namespace="party.messages" /> : null}
      </div>
      <input type="hidden" name="registrationId" value={registrationId} />
      <TextField label={tf('name')} {...field('name')} maxLength={ATTENDEE_MAX.name} autoComplete="off" />
      <TextField label={tf('email')} hint={tf('emailHint')} {...field('email')} type="email" maxLength={EMAIL_MAX} autoComplete="off" optional />
      <TextField label={tf('note')} hint={tf('noteHint')} {...field('note')} maxLength={ATTENDEE_MAX.note} optional />
      <SubmitButton pendingLabel={t('adding')}>{t('addButton')}</SubmitButton>
    </form>
  );
}
