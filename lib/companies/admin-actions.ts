'use server';
// The secretariat's company actions: verify a company, decide join requests, remove a member,
// set a proven email domain.
import { z } from 'zod';
import { getDb } from '@/db/client';
import { adminActionAccess as access } from '@/lib/admin/action-access';
import { afterAdminChange } from '@/lib/admin/after-change';
import { formAction } from '@/lib/actions/wrappers';
import { approveJoinRequest } from './approve-join-request';
import { declineJoinRequest } from './decline-join-request';
import { removeMember } from './remove-member';
import { setProvenDomain } from './set-proven-domain';
import { verifyCompany } from './verify-company';

const companyId = z.uuid();

export const verifyCompanyAction = formAction(access.verifyCompany, z.object({ companyId }), async (input, { user }) => {
  await verifyCompany(await getDb(), user, input);
  afterAdminChange();
  return { status: 'success', message: 'companyVerified' };
});

export const approveJoinRequestAsSecretariatAction = formAction(access.approveJoinRequestAsSecretariat, z.object({ requestId: z.uuid() }), async (input, { user }) => {
  await approveJoinRequest(await getDb(), user, { requestId: input.requestId, as: 'secretariat' });
  afterAdminChange();
  return { status: 'success', message: 'joinApproved' };
});

export const declineJoinRequestAsSecretariatAction = formAction(access.declineJoinRequestAsSecretariat, z.object({ requestId: z.uuid() }), async (input, { user }) => {
  await declineJoinRequest(await getDb(), user, { requestId: input.requestId, as: 'secretariat' });
  afterAdminChange();
  return { status: 'success', message: 'joinDeclined' };
});

export const removeCompanyMemberAction = formAction(access.removeCompanyMember, z.object({ companyId, userId: z.string().min(1).max(100) }), async (input, { user }) => {
  await removeMember(await getDb(), user, input);
  afterAdminChange();
  return { status: 'success', message: 'memberRemoved' };
});

// Letters, digits, hyphens and dots, at least one dot: "firma.dk". No "@", no scheme.
const domain = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase().replace(/^@/, '') : v),
  z.union([z.literal(''), z.string().max(253).regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, { message: 'invalid' })]),
);

export const setCompanyDomainAction = formAction(access.setCompanyDomain, z.object({ companyId, domain }), async (input, { user }) => {
  await setProvenDomain(await getDb(), user, { companyId: input.companyId, domain: input.domain || null });
  afterAdminChange();
  return { status: 'success', message: 'domainSaved' };
});
