// The company actions, declared once (see lib/actions/declare.ts): the portal's profile and
// membership forms, and the secretariat's company administration.
import { declareActions } from '@/lib/actions/declare';
import {
  companyDomainSchema,
  companyIdSchema,
  confirmedSchema,
  joinDecisionSchema,
  joinRequestIdSchema,
  profileFormSchema,
  removeMemberSchema,
} from './schema';

export const companyActions = declareActions('lib/companies/actions.ts', {
  saveProfileAction: {
    access: 'portal.use',
    kind: 'form',
    schema: profileFormSchema,
    freeText: ['name', 'jobTitle', 'phone', 'companyName', 'address', 'city', 'industry'],
  },
  approveJoinRequestAction: { access: 'portal.use', kind: 'form', schema: joinDecisionSchema, freeText: [] },
  declineJoinRequestAction: { access: 'portal.use', kind: 'form', schema: joinDecisionSchema, freeText: [] },
  withdrawJoinRequestAction: { access: 'portal.use', kind: 'form', schema: confirmedSchema, freeText: [] },
  leaveCompanyAction: { access: 'portal.use', kind: 'form', schema: confirmedSchema, freeText: [] },
  // The secretariat's.
  verifyCompanyAction: { access: 'company.manage', kind: 'form', schema: companyIdSchema, freeText: [] },
  approveJoinRequestAsSecretariatAction: { access: 'company.manage', kind: 'form', schema: joinRequestIdSchema, freeText: [] },
  declineJoinRequestAsSecretariatAction: { access: 'company.manage', kind: 'form', schema: joinRequestIdSchema, freeText: [] },
  removeCompanyMemberAction: { access: 'company.manage', kind: 'form', schema: removeMemberSchema, freeText: [] },
  setCompanyDomainAction: { access: 'company.manage', kind: 'form', schema: companyDomainSchema, freeText: [] },
});
