'use client';
// The colleagues of a registration form, one row each (name required, email and note optional),
// sent as repeated fields (lib/attendees/party-schema.ts reads them in order). "Add colleague"
// moves focus to the new row's name; "Remove" moves it to the row before (or back to "Add"), and
// a polite status says what happened. A refused form shows each row as it was typed, with its
// errors next to its fields (keyed `colleagueName.0` …, found by the error summary by data-field-key).
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { TextField } from '@/app/_components/form/field';
import { buttonClass } from '@/app/_components/ui/button-styles';
import type { FieldError, FormState } from '@/lib/actions/form-state';
import { typedList } from '@/lib/actions/form-state';
import { ATTENDEE_MAX, COLLEAGUE_FIELDS } from '@/lib/attendees/party-limits';
import { EMAIL_MAX } from '@/lib/validation/limits';

type Row = { key: number; name: string; email: string; note: string };

function rowsFrom(state: FormState): Row[] {
  const names = typedList(state, COLLEAGUE_FIELDS.name) ?? [];
  const emails = typedList(state, COLLEAGUE_FIELDS.email) ?? [];
  const notes = typedList(state, COLLEAGUE_FIELDS.note) ?? [];
  const count = Math.max(names.length, emails.length, notes.length);
  return Array.from({ length: count }, (_, i) => ({ key: i, name: names[i] ?? '', email: emails[i] ?? '', note: notes[i] ?? '' }));
}

export function ColleagueRows({ state, max }: { state: FormState; max: number }) {
  const t = useTranslations('party.form');
  const [rows, setRows] = useState<Row[]>(() => rowsFrom(state));
  const [status, setStatus] = useState('');
  const nextKey = useRef(rows.length);
  const focusKey = useRef<number | 'add' | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const errors = state.status === 'error' ? state.fieldErrors : undefined;

  useEffect(() => {
    const target = focusKey.current;
    focusKey.current = null;
    if (target === 'add') addRef.current?.focus();
    else if (target !== null) document.getElementById(`colleague-${target}-name`)?.focus();
  }, [rows]);

  const add = () => {
    const key = nextKey.current++;
    focusKey.current = key;
    setRows((r) => [...r, { key, name: '', email: '', note: '' }]);
    setStatus(t('added', { number: rows.length + 1 }));
  };
  const remove = (index: number) => {
    const before = rows[index - 1];
    focusKey.current = before ? before.key : 'add';
    setRows((r) => r.filter((_, i) => i !== index));
    setStatus(t('removed', { number: index + 1 }));
  };
  const change = (index: number, field: 'name' | 'email' | 'note', value: string) =>
    setRows((r) => r.map((row, i) => (i === index ? { ...row, [field]: value } : row)));
  const rowErrors = (field: string, index: number): FieldError[] | undefined => errors?.[`${field}.${index}`];

  return (
    <fieldset className="mb-5">
      <legend className="font-semibold">{t('legend')}</legend>
      <p className="text-sm text-muted">{t('hint', { max })}</p>
      {errors?.colleagues ? (
        <p className="mt-1 text-sm font-semibold text-red-700">{t('tooMany', { max })}</p>
      ) : null}
      <ol className="mt-3 space-y-4">
        {rows.map((row, index) => (
          <li key={row.key} className="rounded-md border border-zinc-300 p-3">
            <p className="mb-2 font-semibold">{t('colleague', { number: index + 1 })}</p>
            <TextField
              id={`colleague-${row.key}-name`}
              data-field-key={`${COLLEAGUE_FIELDS.name}.${index}`}
              label={t('nameOf', { number: index + 1 })}
              name={COLLEAGUE_FIELDS.name}
              value={row.name}
              onChange={(e) => change(index, 'name', e.target.value)}
              errors={rowErrors(COLLEAGUE_FIELDS.name, index)}
              maxLength={ATTENDEE_MAX.name}
              autoComplete="off"
            />
            <TextField
              id={`colleague-${row.key}-email`}
              data-field-key={`${COLLEAGUE_FIELDS.email}.${index}`}
              label={t('emailOf', { number: index + 1 })}
              hint={t('emailHint')}
              name={COLLEAGUE_FIELDS.email}
              value={row.email}
              onChange={(e) => change(index, 'email', e.target.value)}
              errors={rowErrors(COLLEAGUE_FIELDS.email, index)}
              type="email"
              maxLength={EMAIL_MAX}
              autoComplete="off"
              optional
            />
            <TextField
              id={`colleague-${row.key}-note`}
              data-field-key={`${COLLEAGUE_FIELDS.note}.${index}`}
              label={t('noteOf', { number: index + 1 })}
              hint={t('noteHint')}
              name={COLLEAGUE_FIELDS.note}
              value={row.note}
              onChange={(e) => change(index, 'note', e.target.value)}
              errors={rowErrors(COLLEAGUE_FIELDS.note, index)}
              maxLength={ATTENDEE_MAX.note}
              optional
            />
            <button type="button" className={buttonClass.secondary} onClick={() => remove(index)}>
              {t('remove')}
              <span className="sr-only"> {t('colleague', { number: index + 1 })}{row.name ? ` (${row.name})` : ''}</span>
            </button>
          </li>
        ))}
      </ol>
      <div className="mt-3">
        <button ref={addRef} type="button" className={buttonClass.secondary} onClick={add} disabled={rows.length >= max}>
          {t('add')}
        </button>
        {rows.length >= max ? <p className="mt-1 text-sm text-muted">{t('atMost', { max })}</p> : null}
      </div>
      <p role="status" className="sr-only">{status}</p>
    </fieldset>
  );
}
