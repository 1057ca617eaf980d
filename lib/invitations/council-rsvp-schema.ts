// The council's answer to an invitation, as a form: from the email's link (the signed code names
// the meeting and the member) or from the council area (the signed-in member, one meeting).
import { z } from 'zod';
import { councilAnswers } from '@/db/schema';

const answer = z.enum(councilAnswers, { error: 'choice' });

export const councilRsvpLinkForm = z.object({ code: z.string().min(1, 'required').max(2000, 'tooLong'), answer });
export const councilRsvpForm = z.object({ meetingId: z.uuid({ error: 'invalid' }), answer });
