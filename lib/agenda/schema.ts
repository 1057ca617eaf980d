// What the agenda builder's forms may send.
import { z } from 'zod';
import { agendaItemKinds } from '@/db/schema';
import { requiredText, wholeNumber } from '@/lib/actions/form-fields';
import { AGENDA_ITEM_MAX } from '@/lib/validation/limits';

const itemFields = {
  kind: z.enum(agendaItemKinds),
  title: requiredText(AGENDA_ITEM_MAX.title),
  description: z.string().trim().max(AGENDA_ITEM_MAX.description).default(''),
  durationMinutes: wholeNumber(1, 600),
  themeId: z
    .string()
    .optional()
    .transform((v) => v || null)
    .pipe(z.uuid().nullable()),
};

export const addAgendaItemSchema = z.object({ meetingId: z.uuid(), ...itemFields });
export const updateAgendaItemSchema = z.object({ itemId: z.uuid(), fingerprint: z.string().min(8).max(64), ...itemFields });
export const agendaItemIdSchema = z.object({ itemId: z.uuid() });
export const moveAgendaItemSchema = z.object({ itemId: z.uuid(), direction: z.enum(['up', 'down']) });

/** What addAgendaItem and updateAgendaItem take once the form is parsed (also what tests build). */
export type AgendaItemInput = {
  kind: (typeof agendaItemKinds)[number];
  title: string;
  description: string;
  durationMinutes: number;
  themeId: string | null;
  speakerIds: string[];
};
