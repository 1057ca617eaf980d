// The secretariat's attendee actions on the registrations list, declared once (see
// lib/actions/declare.ts): marking one person present or not, and removing one person.
import { declareActions } from '@/lib/actions/declare';
import { markAttendeeSchema, removeAttendeeSchema } from './admin-schema';

export const attendeeAdminActions = declareActions('lib/attendees/admin-actions.ts', {
  markAttendeePresentAction: { access: 'registration.manage', kind: 'call', schema: markAttendeeSchema, freeText: [] },
  removeAttendeeAction: { access: 'registration.manage', kind: 'call', schema: removeAttendeeSchema, freeText: [] },
});
