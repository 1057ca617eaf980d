'use server';
// Server actions of the agenda builder. Moving returns the new position so the page can keep
// keyboard focus on the moved item and announce where it went.
import { getDb } from '@/db/client';
import { idsFrom } from '@/lib/actions/form-fields';
import { formAction, guardedAction } from '@/lib/actions/wrappers';
import { afterAdminChange } from '@/lib/admin/after-change';
import { agendaActions } from './action-declarations';
import { addAgendaItem } from './add-agenda-item';
import { deleteAgendaItem } from './delete-agenda-item';
import { moveAgendaItem } from './move-agenda-item';
import { updateAgendaItem } from './update-agenda-item';

const declared = agendaActions.actions;

export const addAgendaItemAction = formAction(
  declared.addAgendaItemAction,
  async (input, { user }, formData) => {
    const result = await addAgendaItem(await getDb(), user, { ...input, speakerIds: idsFrom(formData, 'speakerIds') });
    afterAdminChange(...result.cacheTags);
    return { status: 'success', message: 'agendaItemAdded', data: { itemId: result.item.id } };
  },
);

export const updateAgendaItemAction = formAction(
  declared.updateAgendaItemAction,
  async (input, { user }, formData) => {
    const result = await updateAgendaItem(await getDb(), user, { ...input, speakerIds: idsFrom(formData, 'speakerIds') });
    afterAdminChange(...result.cacheTags);
    return { status: 'success', message: 'agendaItemSaved' };
  },
);

export const deleteAgendaItemAction = formAction(declared.deleteAgendaItemAction, async (input, { user }) => {
  const result = await deleteAgendaItem(await getDb(), user, input);
  afterAdminChange(...result.cacheTags);
  return { status: 'success', message: 'agendaItemDeleted' };
});

export const moveAgendaItemAction = guardedAction(
  declared.moveAgendaItemAction,
  async (input, { user }) => {
    const result = await moveAgendaItem(await getDb(), user, input);
    afterAdminChange(...result.cacheTags);
    return { position: result.position, moved: result.moved };
  },
);
