// What the follow-up forms may send. Texts are markdown; they are never rendered as HTML.
import { z } from 'zod';
import { FOLLOWUP_MAX } from '@/lib/validation/limits';

const base = {
  meetingId: z.uuid(),
  title: z.string().trim().min(3).max(FOLLOWUP_MAX.title),
  body: z.string().trim().min(1).max(FOLLOWUP_MAX.body),
  version: z.coerce.number().int().positive().optional(),
  /** Set by the confirmation step; a dispatch without it is refused. */
  confirmed: z.literal('yes').optional(),
};

export const briefingForm = z.object({ ...base, intent: z.enum(['save', 'dispatch']) });
export const participantEmailForm = z.object({ ...base, intent: z.enum(['save', 'test', 'dispatch']) });
export const articleForm = z.object({
  ...base,
  lead: z.string().trim().min(1).max(FOLLOWUP_MAX.lead),
  intent: z.enum(['save', 'publish']),
});
export const unpublishForm = z.object({ meetingId: z.uuid(), confirmed: z.literal('yes') });
export const retryForm = z.object({ followupId: z.uuid() });
