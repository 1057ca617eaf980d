'use server';
// Server actions of the agenda builder. Moving returns the new position so the page can keep
// keyboard focus on the moved item and announce where it went.
import { z } from 'zod';
import { getDb } from '@/db/client';
import { agendaItemKinds } from '@/db/schema';
import { adminActionAccess as access } from '@/lib/admin/action-access';
import { idsFrom, requiredText, wholeNumber } from '@/lib/admin/form-fields';
import { formAction, guardedAction } from '@/lib/actions/wrappers';
import { afterAdminChange } from '@/lib/admin/after-change';
import { AGENDA_ITEM_MAX } from '@/lib/validation/limits';
import { addAgendaItem, deleteAgendaItem, moveAgendaItem, updateAgendaItem } from './agenda-editor';

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

export const addAgendaItemAction = formAction(
  access.addAgendaItem,
  z.object({ meetingId: z.uuid(), ...itemFields }),
  async (input, { user }, formData) => {
    const result = await addAgendaItem(await getDb(), user, { ...input, speakerIds: idsFrom(formData, 'speakerIds') });
    afterAdminChange(...result.cacheTags);
    return { status: 'success', message: 'agendaItemAdded', data: { itemId: result.item.id } };
  },
);

export const updateAgendaItemAction = formAction(
  access.updateAgendaItem,
  z.object({ itemId: z.uuid(), fingerprint: z.string().min(8).max(64), ...itemFields }),
  async (input, { user }, formData) => {
    const result = await updateAgendaItem(await getDb(), user, { ...input, speakerIds: idsFrom(formData, 'speakerIds') });
    afterAdminChange(...result.cacheTags);
    return { status: 'success', message: 'agendaItemSaved' };
  },
);

export const deleteAgendaItemAction = formAction(access.deleteAgendaItem, z.object({ itemId: z.uuid() }), async (input, { user }) => {
  const result = await deleteAgendaItem(await getDb(), user, input);
  afterAdminChange(...result.cacheTags);
  return { status: 'success', message: 'agendaItemDeleted' };
});

export const moveAgendaItemAction = guardedAction(
  access.moveAgendaItem,
  z.object({ itemId: z.uuid(), direction: z.enum(['up', 'down']) }),
  async (input, { user }) => {
    const result = await moveAgendaItem(await getDb(), user, input);
    afterAdminChange(...result.cacheTags);
    return { position: result.position, moved: result.moved };
  },
);
