// Someone at the door who did not register: a registration with no account and one walk-in
// attendee, checked in at once. The door decides who comes in, so a walk-in is let in even when
// the meeting is full (the count then shows more checked in than expected); the waitlist is not
// asked. A company typed that matches a known company's name exactly is linked to it; any other
// text is kept as the registration's note, which the check-in list and the admin page show.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { attendees, companies, registrations } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { meetingTags } from '@/lib/cache/tags';
import { attendanceIsOpen } from '@/lib/meetings/meeting-phase';
import { lockMeeting } from '@/lib/registrations/seats';
import { checkInAttendee } from './check-in';

export async function addWalkIn(
  db: DbOrTx,
  actor: AuditActor,
  input: { meetingId: string; name: string; company: string | null },
  { now = new Date() } = {},
) {
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (!meeting || meeting.status !== 'published') throw new ActionError('notFound');
    if (!attendanceIsOpen(meeting, now)) throw new ActionError('attendanceNotOpen');
    const companyText = input.company?.trim() || null;
    const [company] = companyText
      ? await tx.select({ id: companies.id }).from(companies).where(sql`lower(${companies.name}) = lower(${companyText})`).limit(2)
      : [];
    const [registration] = await tx
      .insert(registrations)
      .values({
        meetingId: meeting.id,
        userId: null,
        companyId: company?.id ?? null,
        colleagues: 0,
        note: company ? null : companyText,
        status: 'registered',
      })
      .returning();
    // The registration's trigger made its (unnamed, accountless) registrant: name them.
    const [attendee] = await tx
      .update(attendees)
      .set({ name: input.name.trim(), walkIn: true })
      .where(and(eq(attendees.registrationId, registration.id), eq(attendees.isRegistrant, true)))
      .returning();
    await recordAudit(tx, actor, {
      action: 'attendee.walk-in',
      entityType: 'attendee',
      entityId: attendee.id,
      changes: { meetingId: meeting.id, registrationId: registration.id, companyId: company?.id ?? null },
    });
    const checkedIn = await checkInAttendee(tx, actor, { meetingId: meeting.id, attendeeId: attendee.id, via: 'walk-in' }, { now });
    return { attendee: checkedIn.attendee, cacheTags: meetingTags(meeting.slug) };
  });
}
