'use client';
// Create or edit a meeting. The address (slug) follows the title until it is edited by hand.
// Times are Copenhagen wall-clock times (datetime-local). An edit names the version it was
// opened on; if someone saved meanwhile, the conflict message shows and the typed text stays.
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { FieldErrors, TextAreaField, TextField } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import type { saveMeetingAction } from '@/lib/meetings/actions';
import { fromLocalInputValue } from '@/lib/format/copenhagen-time';
import { isDatedInThePast } from '@/lib/meetings/meeting-phase';
import { slugFromTitle } from '@/lib/format/slug-from-title';
import { AdminFormMessage } from '../../_components/admin-form-message';
import { useAdminForm } from '../../_components/use-admin-form';
import { RecordAsHeldField } from './record-as-held-field';
import { MEETING_MAX } from '@/lib/validation/limits';

export type MeetingFormValues = {
  id?: string;
  version?: number;
  title: string;
  slug: string;
  startsAt: string;
  endsAt: string;
  place: string;
  address: string;
  description: string;
  capacity: string;
  registrationDeadline: string;
  reminderDaysBefore: string;
  themeIds: string[];
};

type Props = {
  action: typeof saveMeetingAction;
  meeting: MeetingFormValues;
  themes: { id: string; title: string }[];
};

export function MeetingForm({ action, meeting, themes }: Props) {
  const t = useTranslations('admin.meetings.form');
  const locale = useLocale();
  const { state, formAction, errors, values, field, data, checked } = useAdminForm(action);
  const [title, setTitle] = useState(meeting.title);
  const [slug, setSlug] = useState(meeting.slug);
  const [slugEdited, setSlugEdited] = useState(Boolean(meeting.id));
  const version = Math.max(meeting.version ?? 0, (data as { version?: number } | undefined)?.version ?? 0);
  const saved = (name: keyof MeetingFormValues) => meeting[name] as string;
  const [typedStart, setTypedStart] = useState<string | null>(null);
  const start = fromLocalInputValue(typedStart ?? values?.startsAt ?? saved('startsAt'));
  // A stored start that has not moved needs no new confirmation (the server agrees).
  const startMoved = !meeting.id || (typedStart ?? values?.startsAt ?? saved('startsAt')) !== meeting.startsAt;
  const askPast = Boolean(errors?.recordAsHeld) || (startMoved && start !== null && isDatedInThePast(start));

  return (
    <form action={formAction} noValidate className="max-w-3xl">
      <AdminFormMessage state={state} />
      {meeting.id ? <input type="hidden" name="meetingId" value={meeting.id} /> : null}
      {meeting.id ? <input type="hidden" name="version" value={version} /> : null}
      <input type="hidden" name="locale" value={locale} />

      <TextField
        label={t('title')}
        name="title"
        required
        maxLength={MEETING_MAX.title}
        value={title}
        onChange={(e) => {
          setTitle(e.target.value);
          if (!slugEdited) setSlug(slugFromTitle(e.target.value));
        }}
        errors={errors?.title}
      />
      <TextField
        label={t('slug')}
        hint={t('slugHint')}
        name="slug"
        maxLength={MEETING_MAX.slug}
        value={slug}
        onChange={(e) => {
          setSlug(e.target.value);
          setSlugEdited(true);
        }}
        spellCheck={false}
        autoCapitalize="none"
        errors={errors?.slug}
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          label={t('startsAt')}
          hint={t('timeHint')}
          {...field('startsAt', saved('startsAt'))}
          type="datetime-local"
          required
          onChange={(e) => setTypedStart(e.target.value)}
        />
        <TextField label={t('endsAt')} {...field('endsAt', saved('endsAt'))} type="datetime-local" required />
      </div>
      {askPast ? <RecordAsHeldField errors={errors?.recordAsHeld} defaultChecked={values?.recordAsHeld === 'on'} /> : null}
      <TextField label={t('place')} {...field('place', saved('place'))} required maxLength={MEETING_MAX.place} />
      <TextField label={t('address')} {...field('address', saved('address'))} optional maxLength={MEETING_MAX.address} />
      <TextAreaField label={t('description')} hint={t('descriptionHint')} {...field('description', saved('description'))} rows={5} optional maxLength={MEETING_MAX.description} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField label={t('capacity')} hint={t('capacityHint')} {...field('capacity', saved('capacity'))} type="number" min={1} inputMode="numeric" optional />
        <TextField
          label={t('deadline')}
          hint={t('deadlineHint')}
          {...field('registrationDeadline', saved('registrationDeadline'))}
          type="datetime-local"
          optional
        />
      </div>
      <TextField
        label={t('reminderDays')}
        hint={t('reminderDaysHint')}
        {...field('reminderDaysBefore', saved('reminderDaysBefore'))}
        type="number"
        min={0}
        max={30}
        inputMode="numeric"
        optional
      />
      <fieldset className="mb-6" aria-describedby={errors?.themeIds ? 'meeting-theme-errors' : undefined}>
        <legend className="font-semibold">{t('themes')}</legend>
        <p className="text-sm text-muted">{t('themesHint')}</p>
        {themes.length ? (
          <ul className="mt-2 grid gap-2 sm:grid-cols-2">
            {themes.map((theme) => (
              <li key={theme.id} className="flex items-start gap-2">
                <input
                  id={`mt-${theme.id}`}
                  type="checkbox"
                  name="themeIds"
                  value={theme.id}
                  className="mt-1 size-5 shrink-0"
                  // Uncontrolled: React resets the form after each action, which would untick a
                  // controlled box; the default is what was sent when refused, else what is saved.
                  defaultChecked={checked('themeIds', theme.id, meeting.themeIds.includes(theme.id))}
                />
                <label htmlFor={`mt-${theme.id}`}>{theme.title}</label>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">{t('noThemes')}</p>
        )}
        <FieldErrors id="meeting-theme-errors" errors={errors?.themeIds} />
      </fieldset>
      <SubmitButton pendingLabel={t('saving')}>{meeting.id ? t('save') : t('create')}</SubmitButton>
    </form>
  );
}
