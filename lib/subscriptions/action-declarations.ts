// The subscription actions, declared once (see lib/actions/declare.ts). Subscribing, confirming
// and unsubscribing by link are open to everybody (the signed code or the confirm email is what
// proves the address); the portal's toggle acts on the signed-in person's own address.
import { declareActions } from '@/lib/actions/declare';
import { confirmForm, markContactsForm, portalSubscriptionForm, removeSubscriptionForm, subscribeForm, unsubscribeForm } from './schema';

export const subscriptionActions = declareActions('lib/subscriptions/actions.ts', {
  subscribeAction: { access: 'public', kind: 'form', schema: subscribeForm, freeText: [] },
  confirmSubscriptionAction: { access: 'public', kind: 'form', schema: confirmForm, freeText: [] },
  unsubscribeAction: { access: 'public', kind: 'form', schema: unsubscribeForm, freeText: [] },
  portalSubscriptionAction: { access: 'portal.use', kind: 'form', schema: portalSubscriptionForm, freeText: [] },
  markContactsAction: { access: 'company.manage', kind: 'form', schema: markContactsForm, freeText: ['legalNote'], lists: ['companyIds'] },
  removeSubscriptionAction: { access: 'company.manage', kind: 'form', schema: removeSubscriptionForm, freeText: [] },
});
