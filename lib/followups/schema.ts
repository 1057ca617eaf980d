// What the follow-up forms may send. Texts are markdown; they are never rendered as HTML.
import { z } from 'zod';
import { BRIEFING_MAX, FOLLOWUP_MAX } from '@/lib/validation/limits';

const base = {
  meetingId: z.uuid(),
  title: z.string().trim().min(3).max(FOLLOWUP_MAX.title),
  body: z.string().trim().min(1).max(FOLLOWUP_MAX.body),
  version: z.coerce.number().int().positive().optional(),
  /** Set by the confirmation step; a dispatch without it is refused. */
  confirmed: z.literal('yes').optional(),
};

/**
 * The briefing's case fields. The case number is free text (Acadre's KL journal form
 * "00.01.00-A00-1-24" is usual, but not the only one); it is required before approval is asked
 * (request-briefing-approval.ts), not for a draft.
 */
const caseFields = {
  caseNumber: z
    .string()
    .trim()
    .max(BRIEFING_MAX.caseNumber)
    .regex(/^[\p{L}\p{N} .\-/:]*$/u, 'invalid')
    .default(''),
  summary: z.string().trim().max(BRIEFING_MAX.summary).default(''),
  recommendation: z.string().trim().max(BRIEFING_MAX.recommendation).default(''),
};

export const briefingForm = z.object({ ...base, ...caseFields, intent: z.enum(['save', 'requestApproval', 'dispatch']) });
export const participantEmailForm = z.object({ ...base, intent: z.enum(['save', 'test', 'dispatch']) });
export const articleForm = z.object({
  ...base,
  lead: z.string().trim().min(1).max(FOLLOWUP_MAX.lead),
  intent: z.enum(['save', 'publish']),
});
export const unpublishForm = z.object({ meetingId: z.uuid(), confirmed: z.literal('yes') });
export const retryForm = z.object({ followupId: z.uuid() });

/** The chair's decision names the version of the text the chair read: a newer text is not approved. */
export const approveBriefingForm = z.object({ followupId: z.uuid(), version: z.coerce.number().int().positive() });
export const returnBriefingForm = z.object({
  followupId: z.uuid(),
  version: z.coerce.number().int().positive(),
  comment: z.string().trim().min(1).max(BRIEFING_MAX.comment),
});
