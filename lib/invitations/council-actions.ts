'use server';
// The council's answers to invitations: gate, validate, call the domain function, refresh. The
// link's action needs no session: the signed code names the member, and a forged code is refused.
import { refresh } from 'next/cache';
import { getDb } from '@/db/client';
import { ActionError } from '@/lib/actions/action-error';
import type { FormState } from '@/lib/actions/form-state';
import { formAction } from '@/lib/actions/wrappers';
import { answerCouncilInvitation } from './answer-council-invitation';
import { councilRsvpActions } from './council-action-declarations';
import { readCouncilRsvpCode } from './council-rsvp-link';

const declared = councilRsvpActions.actions;

export const answerCouncilInvitationByLinkAction = formAction(declared.answerCouncilInvitationByLinkAction, async (data): Promise<FormState> => {
  const subject = readCouncilRsvpCode(data.code);
  if (!subject) throw new ActionError('forged');
  const { answer } = await answerCouncilInvitation(await getDb(), { id: subject.userId }, { meetingId: subject.meetingId, answer: data.answer, via: 'link' });
  refresh();
  return { status: 'success', message: answer === 'coming' ? 'savedComing' : 'savedNotComing' };
});

export const answerCouncilInvitationAction = formAction(declared.answerCouncilInvitationAction, async (data, { user }): Promise<FormState> => {
  const { answer } = await answerCouncilInvitation(await getDb(), { id: user.id }, { ...data, via: 'council-area' });
  refresh();
  return { status: 'success', message: answer === 'coming' ? 'savedComing' : 'savedNotComing' };
});
