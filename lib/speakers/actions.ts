'use server';
// Server actions of the speaker directory.
import { getDb } from '@/db/client';
import { formAction } from '@/lib/actions/wrappers';
import { afterAdminChange } from '@/lib/admin/after-change';
import { speakerActions } from './action-declarations';
import { deleteSpeaker } from './delete-speaker';
import { createSpeaker } from './create-speaker';
import { updateSpeaker } from './update-speaker';

const declared = speakerActions.actions;

export const saveSpeakerAction = formAction(
  declared.saveSpeakerAction,
  async ({ speakerId, ...input }, { user }) => {
    const db = await getDb();
    const result = speakerId ? await updateSpeaker(db, user, { ...input, speakerId }) : await createSpeaker(db, user, input);
    afterAdminChange(...result.cacheTags);
    return { status: 'success', message: speakerId ? 'speakerSaved' : 'speakerAdded' };
  },
);

export const deleteSpeakerAction = formAction(declared.deleteSpeakerAction, async (input, { user }) => {
  const result = await deleteSpeaker(await getDb(), user, input);
  afterAdminChange(...result.cacheTags);
  return { status: 'success', message: 'speakerDeleted' };
});
