'use server';
// The secretariat's company actions: verify a company, decide join requests, remove a member,
// set a proven email domain.
import { getDb } from '@/db/client';
import { afterAdminChange } from '@/lib/admin/after-change';
import { formAction } from '@/lib/actions/wrappers';
import { companyAdminActions } from './action-declarations';
import { approveJoinRequest } from './approve-join-request';
import { declineJoinRequest } from './decline-join-request';
import { removeMember } from './remove-member';
import { setProvenDomain } from './set-proven-domain';
import { verifyCompany } from './verify-company';

const declared = companyAdminActions.actions;

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
