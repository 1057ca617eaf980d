// What the invitation page may send. The segment choice comes as repeated fields (ticked
// checkboxes) and is read beside the form's schema (see actions.ts).
import { z } from 'zod';
import { segmentKinds } from '@/db/schema';

const filterValue = z.string().trim().min(1).max(200);

/** The chosen segments; at least one, each named once; the company filters only mean something with 'companies'. */
export const segmentChoiceSchema = z.object({
  kinds: z
    .array(z.enum(segmentKinds))
    .min(1)
    .transform((kinds) => [...new Set(kinds)]),
  industryCodes: z.array(filterValue).max(500).default([]).transform((v) => [...new Set(v)]),
  employeesBands: z.array(filterValue).max(50).default([]).transform((v) => [...new Set(v)]),
});
/** A choice as it arrives (form fields, tests): strings, checked by segmentChoiceSchema. */
export type SegmentChoiceInput = { kinds: readonly string[]; industryCodes?: readonly string[]; employeesBands?: readonly string[] };
export type ParsedSegmentChoice = z.output<typeof segmentChoiceSchema>;

export const invitationForm = z.object({
  meetingId: z.uuid(),
  intent: z.enum(['test', 'send']),
  /** Set by the confirmation step; a send without it is refused. */
  confirmed: z.literal('yes').optional(),
});

/** The page's address: ?segment=…&industry=…&band=… (a GET form), read leniently. */
export function segmentChoiceFromSearch(params: Record<string, string | string[] | undefined>): ParsedSegmentChoice | null {
  const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  const parsed = segmentChoiceSchema.safeParse({
    kinds: list(params.segment).filter((k) => (segmentKinds as readonly string[]).includes(k)),
    industryCodes: list(params.industry),
    employeesBands: list(params.band),
  });
  return parsed.success ? parsed.data : null;
}
