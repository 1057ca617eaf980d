// What may be invited to and in which order the segments claim a recipient. Pure, so the page,
// the action and the tests decide the same way.
import type { SegmentKind } from '@/db/schema';
import { hasStarted } from '@/lib/meetings/meeting-time';

/** Why a meeting takes no invitations, or null when it does (published and not yet started). */
export type InvitationRefusal = 'draft' | 'cancelled' | 'past';

export function invitationRefusal(meeting: { status: 'draft' | 'published' | 'cancelled'; startsAt: Date }, now = new Date()): InvitationRefusal | null {
  if (meeting.status === 'draft') return 'draft';
  if (meeting.status === 'cancelled') return 'cancelled';
  if (hasStarted(meeting, now)) return 'past';
  return null;
}

/**
 * A person in several chosen segments is invited once, and recorded under the most specific
 * segment that includes them: the council first (they get the answer links whatever else they
 * are), then people who took part, proposers, company addresses, and last the subscribers.
 */
export const segmentPrecedence: readonly SegmentKind[] = ['council', 'earlier-attendees', 'proposers', 'companies', 'subscribers'];

/** The segments in the order the page lists them. */
export const segmentOrder: readonly SegmentKind[] = ['subscribers', 'companies', 'earlier-attendees', 'proposers', 'council'];

/** The idempotency key of one recipient's invitation: once per meeting and address, whatever invitation. */
export const invitationEmailKey = (meetingId: string, email: string) => `meeting-invitation:${meetingId}:${email.toLowerCase()}`;

/** The prefix of every invitation email of a meeting (its delivery progress). */
export const invitationEmailKeyPrefix = (meetingId: string) => `meeting-invitation:${meetingId}:`;
