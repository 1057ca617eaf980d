// Who may answer an invitation to which meeting, as a pure rule: a council member proper (not the
// secretariat, who also reads the council area) whose account is active, to a published meeting
// that has not started. Shared by the link's page, the council area and the command.
import { councilMemberRoles, type Role } from '@/lib/auth/permissions';

export type CouncilRsvpRefusal = 'not-member' | 'no-meeting' | 'cancelled' | 'past';

type Member = { role: Role; deactivatedAt: Date | null } | null;
type Meeting = { status: 'draft' | 'published' | 'cancelled'; startsAt: Date } | null;

export function isCouncilMember(member: Member): boolean {
  return Boolean(member && !member.deactivatedAt && councilMemberRoles.includes(member.role));
}

/** Why this member cannot answer for this meeting now, or null when they can. */
export function councilRsvpRefusal(member: Member, meeting: Meeting, now: Date): CouncilRsvpRefusal | null {
  if (!isCouncilMember(member)) return 'not-member';
  if (!meeting || meeting.status === 'draft') return 'no-meeting';
  if (meeting.status === 'cancelled') return 'cancelled';
  if (meeting.startsAt.getTime() <= now.getTime()) return 'past';
  return null;
}
