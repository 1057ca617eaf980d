// What the door's check-in page sends: a scanned code, a tapped person, an undo, a walk-in.
import { z } from 'zod';
import { optionalText, requiredText } from '@/lib/actions/form-fields';
import { TICKET_CODE_MAX, WALK_IN_MAX } from './check-in-limits';

export const checkInTicketSchema = z.object({ meetingId: z.uuid(), code: z.string().trim().min(1).max(TICKET_CODE_MAX) });
export const checkInPersonSchema = z.object({ meetingId: z.uuid(), attendeeId: z.uuid() });
export const undoCheckInSchema = z.object({ meetingId: z.uuid(), attendeeId: z.uuid() });
export const walkInSchema = z.object({
  meetingId: z.uuid(),
  name: requiredText(WALK_IN_MAX.name),
  company: optionalText(WALK_IN_MAX.company),
});
