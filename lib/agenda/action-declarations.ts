// The agenda builder's actions, declared once (see lib/actions/declare.ts).
import { declareActions } from '@/lib/actions/declare';
import { addAgendaItemSchema, agendaItemIdSchema, moveAgendaItemSchema, updateAgendaItemSchema } from './schema';

export const agendaActions = declareActions('lib/agenda/actions.ts', {
  addAgendaItemAction: { access: 'meeting.manage', kind: 'form', schema: addAgendaItemSchema, freeText: ['title', 'description'], lists: ['speakerIds'] },
  updateAgendaItemAction: { access: 'meeting.manage', kind: 'form', schema: updateAgendaItemSchema, freeText: ['title', 'description'], lists: ['speakerIds'] },
  deleteAgendaItemAction: { access: 'meeting.manage', kind: 'form', schema: agendaItemIdSchema, freeText: [] },
  moveAgendaItemAction: { access: 'meeting.manage', kind: 'call', schema: moveAgendaItemSchema, freeText: [] },
});
