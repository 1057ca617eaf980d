'use server';
// The registrant's party page (portal): add, change and remove colleagues. The meeting page's
// seat count follows (its cache tags), and the portal page reloads with the new party.
import { refresh } from 'next/cache';
import { getDb } from '@/db/client';
import { formAction } from '@/lib/actions/wrappers';
import { invalidate } from '@/lib/cache/invalidate';
import { meetingTags } from '@/lib/cache/tags';
import { addColleague } from './add-colleague';
import { partyActions } from './party-action-declarations';
import { removeColleague } from './remove-colleague';
import { updatePartyMember } from './update-party-member';

const declared = partyActions.actions;

function refreshParty(meetingSlug: string) {
  invalidate(...meetingTags(meetingSlug));
  refresh();
}

export const addColleagueAction = formAction(declared.addColleagueAction, async (input, { user }) => {
  const result = await addColleague(await getDb(), user, input);
  refreshParty(result.meetingSlug);
  return { status: 'success', message: 'colleagueAdded' };
});

export const updatePartyMemberAction = formAction(declared.updatePartyMemberAction, async (input, { user }) => {
  const result = await updatePartyMember(await getDb(), user, input);
  refreshParty(result.meetingSlug);
  return { status: 'success', message: 'memberSaved' };
});

export const removeColleagueAction = formAction(declared.removeColleagueAction, async (input, { user }) => {
  const result = await removeColleague(await getDb(), user, input);
  refreshParty(result.meetingSlug);
  return { status: 'success', message: 'colleagueRemoved' };
});
