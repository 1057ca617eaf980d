// What the secretariat's attendee actions may contain: a meeting and one of its people. Both ids
// are checked against each other on the server (an attendee of another meeting is not found).
import { z } from 'zod';

export const markAttendeeSchema = z.object({ meetingId: z.uuid(), attendeeId: z.uuid(), present: z.boolean() });

/** Removing a person gives up their seat: the page asks first, and the request says it did. */
export const removeAttendeeSchema = z.object({ meetingId: z.uuid(), attendeeId: z.uuid(), confirmed: z.literal(true) });
