// Which permission each admin action needs. The actions read their permission from here, and the
// tests check every entry against every role, so no admin action can be left unguarded.
import type { Permission } from '@/lib/auth/permissions';

export const adminActionAccess = {
  decideTheme: 'theme.moderate',
  decideThemes: 'theme.moderate',
  mergeTheme: 'theme.moderate',
  scheduleTheme: 'theme.moderate',
  editThemeWording: 'theme.moderate',
  saveMeeting: 'meeting.manage',
  changeMeetingStatus: 'meeting.manage',
  addAgendaItem: 'meeting.manage',
  updateAgendaItem: 'meeting.manage',
  deleteAgendaItem: 'meeting.manage',
  moveAgendaItem: 'meeting.manage',
  saveSpeaker: 'meeting.manage',
  deleteSpeaker: 'meeting.manage',
  setAttendance: 'registration.manage',
  moveRegistration: 'registration.manage',
  addRegistration: 'registration.manage',
  exportRegistrations: 'registration.manage',
  inviteUser: 'user.manage',
  revokeInvitation: 'user.manage',
  changeUserRole: 'user.manage',
  deactivateUser: 'user.manage',
  reactivateUser: 'user.manage',
  verifyCompany: 'company.manage',
  approveJoinRequestAsSecretariat: 'company.manage',
  declineJoinRequestAsSecretariat: 'company.manage',
  removeCompanyMember: 'company.manage',
  setCompanyDomain: 'company.manage',
  retryEmail: 'admin.access',
} as const satisfies Record<string, Permission>;

export type AdminAction = keyof typeof adminActionAccess;
