'use server';
// Server actions of the speaker directory.
import { z } from 'zod';
import { getDb } from '@/db/client';
import { adminActionAccess as access } from '@/lib/admin/action-access';
import { checkbox, optionalText, requiredText } from '@/lib/admin/form-fields';
import { formAction } from '@/lib/actions/wrappers';
import { afterAdminChange } from '@/lib/admin/after-change';
import { EMAIL_MAX, SPEAKER_MAX } from '@/lib/validation/limits';
import { createSpeaker, deleteSpeaker, updateSpeaker } from './speaker-directory';

export const saveSpeakerAction = formAction(
  access.saveSpeaker,
  z.object({
    speakerId: z.uuid().optional().or(z.literal('').transform(() => undefined)),
    name: requiredText(SPEAKER_MAX.name, 2),
    organisation: optionalText(SPEAKER_MAX.organisation),
    title: optionalText(SPEAKER_MAX.title),
    external: checkbox,
    email: z
      .string()
      .trim()
      .max(EMAIL_MAX, { message: 'tooLong' })
      .optional()
      .transform((v) => v || null)
      .pipe(z.email().nullable()),
  }),
  async ({ speakerId, ...input }, { user }) => {
    const db = await getDb();
    const result = speakerId ? await updateSpeaker(db, user, { ...input, speakerId }) : await createSpeaker(db, user, input);
    afterAdminChange(...result.cacheTags);
    return { status: 'success', message: speakerId ? 'speakerSaved' : 'speakerAdded' };
  },
);

export const deleteSpeakerAction = formAction(access.deleteSpeaker, z.object({ speakerId: z.uuid() }), async (input, { user }) => {
  const result = await deleteSpeaker(await getDb(), user, input);
  afterAdminChange(...result.cacheTags);
  return { status: 'success', message: 'speakerDeleted' };
});
