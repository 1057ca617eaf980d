// The registration actions, declared once (see lib/actions/declare.ts): registering and
// cancelling (companies and council members), and the secretariat's list and attendance.
import { declareActions } from '@/lib/actions/declare';
import { addRegistrationSchema, cancelRegistrationSchema, moveRegistrationSchema, registerSchema, setAttendanceSchema } from './schema';

export const registrationActions = declareActions('lib/registrations/actions.ts', {
  registerAction: {
    access: 'meeting.register',
    kind: 'form',
    schema: registerSchema,
    freeText: ['note'],
    // The named colleagues: one value per row (lib/attendees/party-schema.ts).
    lists: ['colleagueName', 'colleagueEmail', 'colleagueNote'],
  },
  cancelRegistrationAction: { access: 'meeting.register', kind: 'form', schema: cancelRegistrationSchema, freeText: [] },
  // The secretariat's.
  setAttendanceAction: { access: 'registration.manage', kind: 'call', schema: setAttendanceSchema, freeText: [] },
  moveRegistrationAction: { access: 'registration.manage', kind: 'form', schema: moveRegistrationSchema, freeText: [] },
  addRegistrationAction: { access: 'registration.manage', kind: 'form', schema: addRegistrationSchema, freeText: ['name', 'note'] },
});
