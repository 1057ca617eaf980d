// The door's check-in actions, declared once (lib/actions/declare.ts). The secretariat and the
// chair (meeting.check-in); each command checks the meeting and its day itself.
import { declareActions } from '@/lib/actions/declare';
import { checkInPersonSchema, checkInTicketSchema, undoCheckInSchema, walkInSchema } from './check-in-schema';

export const checkInActions = declareActions('lib/attendees/check-in-actions.ts', {
  checkInTicketAction: { access: 'meeting.check-in', kind: 'call', schema: checkInTicketSchema, freeText: [] },
  checkInPersonAction: { access: 'meeting.check-in', kind: 'call', schema: checkInPersonSchema, freeText: [] },
  undoCheckInAction: { access: 'meeting.check-in', kind: 'call', schema: undoCheckInSchema, freeText: [] },
  walkInAction: { access: 'meeting.check-in', kind: 'form', schema: walkInSchema, freeText: ['name', 'company'] },
});
