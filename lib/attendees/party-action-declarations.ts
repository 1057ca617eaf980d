// The registrant's changes to their own party, declared once (see lib/actions/declare.ts). Any
// person who may register may take them; the commands check that the party is theirs.
import { declareActions } from '@/lib/actions/declare';
import { addColleagueSchema, removeColleagueSchema, updateAttendeeSchema } from './party-schema';

export const partyActions = declareActions('lib/attendees/party-actions.ts', {
  addColleagueAction: { access: 'meeting.register', kind: 'form', schema: addColleagueSchema, freeText: ['name', 'note'] },
  updatePartyMemberAction: { access: 'meeting.register', kind: 'form', schema: updateAttendeeSchema, freeText: ['name', 'note'] },
  removeColleagueAction: { access: 'meeting.register', kind: 'form', schema: removeColleagueSchema, freeText: [] },
});
