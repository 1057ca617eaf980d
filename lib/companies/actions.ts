'use server';
// The company actions: the portal's profile form and membership (decide a colleague's request,
// withdraw one's own request, leave the company), and the secretariat's: verify a company,
// decide join requests, remove a member, set a proven email domain.
import { redirect as nextRedirect } from 'next/navigation';
import { refresh } from 'next/cache';
import type { z } from 'zod';
import { getDb } from '@/db/client';
import { afterAdminChange } from '@/lib/admin/after-change';
import { formAction } from '@/lib/actions/wrappers';
import { safeReturnPath } from '@/lib/auth/safe-return-path';
import { redirect } from '@/lib/i18n/navigation';
import { companyActions } from './action-declarations';
import { approveJoinRequest } from './approve-join-request';
import { declineJoinRequest } from './decline-join-request';
import { leaveCompany } from './leave-company';
import { removeMember } from './remove-member';
import { saveCompanyProfile } from './save-profile';
import { setProvenDomain } from './set-proven-domain';
import { verifyCompany } from './verify-company';
import { withdrawJoinRequest } from './withdraw-join-request';

const declared = companyActions.actions;

/** The saved profile as the form shows it (e.g. the website with its https://). */
function shownValues(input: z.output<typeof declared.saveProfileAction.schema>): Record<string, string> {
  const fields = ['name', 'jobTitle', 'phone', 'cvr', 'companyName', 'address', 'postalCode', 'city', 'industry', 'employees', 'website'] as const;
  return Object.fromEntries(fields.map((f) => [f, input[f] === null || input[f] === undefined ? '' : String(input[f])]));
}

export const saveProfileAction = formAction(declared.saveProfileAction, async (input, { user }) => {
  const result = await saveCompanyProfile(await getDb(), user, input);
  if (result.outcome === 'updated') {
    // Fresh props for the form, so what it shows after saving is what was saved.
    refresh();
    return { status: 'success', message: 'saved', data: { values: shownValues(input) } };
  }
  if (result.outcome === 'requested') {
    redirect({ href: { pathname: '/portal', query: { notice: 'joinRequested' } }, locale: input.locale });
  }
  // A member now: back to where the person was going (e.g. a meeting to register for).
  const next = safeReturnPath(input.next);
  if (next) nextRedirect(next);
  redirect({ href: { pathname: '/portal', query: { notice: result.outcome === 'joined' ? 'profileJoined' : 'profileCreated' } }, locale: input.locale });
});

// The decided request leaves the list (and its form with it): the outcome is told on the page.
export const approveJoinRequestAction = formAction(declared.approveJoinRequestAction, async (input, { user }) => {
  await approveJoinRequest(await getDb(), user, { requestId: input.requestId, as: 'member' });
  redirect({ href: { pathname: '/portal/company', query: { notice: 'approved' } }, locale: input.locale });
});

export const declineJoinRequestAction = formAction(declared.declineJoinRequestAction, async (input, { user }) => {
  await declineJoinRequest(await getDb(), user, { requestId: input.requestId, as: 'member' });
  redirect({ href: { pathname: '/portal/company', query: { notice: 'declined' } }, locale: input.locale });
});

export const withdrawJoinRequestAction = formAction(declared.withdrawJoinRequestAction, async (input, { user }) => {
  await withdrawJoinRequest(await getDb(), user);
  redirect({ href: { pathname: '/portal/profile', query: { notice: 'requestWithdrawn' } }, locale: input.locale });
});

export const leaveCompanyAction = formAction(declared.leaveCompanyAction, async (input, { user }) => {
  await leaveCompany(await getDb(), user);
  redirect({ href: { pathname: '/portal/profile', query: { notice: 'left' } }, locale: input.locale });
});

// The secretariat's.
export const verifyCompanyAction = formAction(declared.verifyCompanyAction, async (input, { user }) => {
  await verifyCompany(await getDb(), user, input);
  afterAdminChange();
  return { status: 'success', message: 'companyVerified' };
});

export const approveJoinRequestAsSecretariatAction = formAction(declared.approveJoinRequestAsSecretariatAction, async (input, { user }) => {
  await approveJoinRequest(await getDb(), user, { requestId: input.requestId, as: 'secretariat' });
  afterAdminChange();
  return { status: 'success', message: 'joinApproved' };
});

export const declineJoinRequestAsSecretariatAction = formAction(declared.declineJoinRequestAsSecretariatAction, async (input, { user }) => {
  await declineJoinRequest(await getDb(), user, { requestId: input.requestId, as: 'secretariat' });
  afterAdminChange();
  return { status: 'success', message: 'joinDeclined' };
});

export const removeCompanyMemberAction = formAction(declared.removeCompanyMemberAction, async (input, { user }) => {
  await removeMember(await getDb(), user, input);
  afterAdminChange();
  return { status: 'success', message: 'memberRemoved' };
});

export const setCompanyDomainAction = formAction(declared.setCompanyDomainAction, async (input, { user }) => {
  await setProvenDomain(await getDb(), user, { companyId: input.companyId, domain: input.domain || null });
  afterAdminChange();
  return { status: 'success', message: 'domainSaved' };
});
