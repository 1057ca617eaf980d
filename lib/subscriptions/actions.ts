'use server';
// The subscription forms' server actions: gate, validate, call the domain function, refresh.
import { refresh } from 'next/cache';
import { getDb } from '@/db/client';
import { ActionError } from '@/lib/actions/action-error';
import type { FormState } from '@/lib/actions/form-state';
import { formAction } from '@/lib/actions/wrappers';
import { drainOutboxAfterResponse } from '@/lib/mail/start-outbox-worker';
import { subscriptionActions } from './action-declarations';
import { clientKey } from './client-key';
import { confirmSubscription } from './confirm-subscription';
import { markCompanyContacts } from './mark-company-contacts';
import { removeSubscription } from './remove-subscription';
import { requestSubscription } from './request-subscription';
import { setPortalSubscription } from './set-portal-subscription';
import { unsubscribeByCode } from './unsubscribe';

const declared = subscriptionActions.actions;

function requireConfirmation(confirmed: string | undefined) {
  if (confirmed !== 'yes') throw new ActionError('confirmRequired');
}

export const subscribeAction = formAction(declared.subscribeAction, async ({ email, locale }): Promise<FormState> => {
  const outcome = await requestSubscription(await getDb(), { email, locale, client: await clientKey() });
  if (outcome === 'rateLimited') return { status: 'error', message: 'rateLimited' };
  drainOutboxAfterResponse();
  // The same answer whether or not the address was known (no enumeration).
  return { status: 'success', message: 'requested' };
});

export const confirmSubscriptionAction = formAction(declared.confirmSubscriptionAction, async ({ code }): Promise<FormState> => {
  const outcome = await confirmSubscription(await getDb(), { code });
  return outcome === 'confirmed' ? { status: 'success', message: 'confirmed' } : { status: 'error', message: 'invalid' };
});

export const unsubscribeAction = formAction(declared.unsubscribeAction, async ({ code }): Promise<FormState> => {
  const outcome = await unsubscribeByCode(await getDb(), { code });
  return outcome.status === 'unsubscribed' ? { status: 'success', message: 'done' } : { status: 'error', message: 'invalid' };
});

export const portalSubscriptionAction = formAction(declared.portalSubscriptionAction, async ({ intent }, { user }): Promise<FormState> => {
  await setPortalSubscription(await getDb(), { id: user.id, email: user.email, companyId: user.companyId ?? null, locale: user.locale }, { intent });
  refresh();
  return { status: 'success', message: intent === 'subscribe' ? 'subscribed' : 'unsubscribed' };
});

export const markContactsAction = formAction(declared.markContactsAction, async ({ legalNote, confirmed }, { user }, formData): Promise<FormState> => {
  const companyIds = formData.getAll('companyIds').map(String).filter((v) => /^[0-9a-f-]{36}$/i.test(v));
  if (companyIds.length === 0) return { status: 'error', message: 'noneSelected' };
  requireConfirmation(confirmed);
  const result = await markCompanyContacts(await getDb(), { id: user.id, email: user.email }, { companyIds, legalNote });
  refresh();
  return { status: 'success', message: 'marked', data: result };
});

export const removeSubscriptionAction = formAction(declared.removeSubscriptionAction, async ({ subscriptionId, confirmed }, { user }): Promise<FormState> => {
  requireConfirmation(confirmed);
  await removeSubscription(await getDb(), { id: user.id, email: user.email }, { subscriptionId });
  refresh();
  return { status: 'success', message: 'subscriptionRemoved' };
});
