'use client';
// Add a person to the speaker directory, or edit one.
import { useTranslations } from 'next-intl';
import { TextField } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import type { saveSpeakerAction } from '@/lib/speakers/actions';
import { AdminFormMessage } from '../_components/admin-form-message';
import { useAdminForm } from '../_components/use-admin-form';
import { EMAIL_MAX, SPEAKER_MAX } from '@/lib/validation/limits';

export type SpeakerValues = { id?: string; name: string; organisation: string; title: string; external: boolean; email: string };

export function SpeakerForm({ action, speaker }: { action: typeof saveSpeakerAction; speaker?: SpeakerValues }) {
  const t = useTranslations('admin.speakers.form');
  const { state, formAction, values, field } = useAdminForm(action);
  const saved = (name: keyof SpeakerValues) => (speaker ? String(speaker[name] ?? '') : '');
  const externalId = speaker ? `external-${speaker.id}` : 'external-new';
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <AdminFormMessage state={state} />
      {speaker?.id ? <input type="hidden" name="speakerId" value={speaker.id} /> : null}
      <TextField label={t('name')} {...field('name', saved('name'))} required maxLength={SPEAKER_MAX.name} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField label={t('organisation')} {...field('organisation', saved('organisation'))} optional maxLength={SPEAKER_MAX.organisation} />
        <TextField label={t('title')} {...field('title', saved('title'))} optional maxLength={SPEAKER_MAX.title} />
      </div>
      <TextField label={t('email')} hint={t('emailHint')} {...field('email', saved('email'))} type="email" optional maxLength={EMAIL_MAX} />
      <div className="mb-5 flex items-center gap-2">
        <input
          id={externalId}
          type="checkbox"
          name="external"
          className="size-5"
          defaultChecked={values ? values.external === 'on' : (speaker?.external ?? false)}
        />
        <label htmlFor={externalId} className="font-semibold">{t('external')}</label>
      </div>
      <SubmitButton pendingLabel={t('saving')}>{speaker ? t('save') : t('add')}</SubmitButton>
    </form>
  );
}
