'use server';
// The invitation page's server action: gate, validate, call the domain function, refresh. The
// outbox worker starts once the response is sent.
import { refresh } from 'next/cache';
import { getDb } from '@/db/client';
import { ActionError } from '@/lib/actions/action-error';
import type { FormState } from '@/lib/actions/form-state';
import { formAction } from '@/lib/actions/wrappers';
import { drainOutboxAfterResponse } from '@/lib/mail/start-outbox-worker';
import { invitationActions } from './action-declarations';
import { sendInvitation } from './send-invitation';
import { sendInvitationTest } from './send-invitation-test';

const declared = invitationActions.actions;

const listOf = (formData: FormData, name: string) => formData.getAll(name).filter((v): v is string => typeof v === 'string');

export const invitationAction = formAction(declared.invitationAction, async (data, { user }, formData): Promise<FormState> => {
  const db = await getDb();
  const actor = { id: user.id, email: user.email };
  if (data.intent === 'test') {
    await sendInvitationTest(db, { ...actor, locale: user.locale }, data);
    drainOutboxAfterResponse();
    return { status: 'success', message: 'testSent', data: { email: user.email } };
  }
  if (data.confirmed !== 'yes') throw new ActionError('confirmRequired');
  const choice = { kinds: listOf(formData, 'segment'), industryCodes: listOf(formData, 'industry'), employeesBands: listOf(formData, 'band') };
  const { recipients } = await sendInvitation(db, actor, { meetingId: data.meetingId, choice });
  drainOutboxAfterResponse();
  refresh();
  return { status: 'success', message: 'sent', data: { count: recipients } };
});
