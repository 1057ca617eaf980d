// The release link's action, declared once (see lib/actions/declare.ts). Open to everybody: the
// signed code in the link, not a session, says whose seat it is.
import { declareActions } from '@/lib/actions/declare';
import { releaseSeatForm } from './release-schema';

export const releaseSeatActions = declareActions('lib/attendees/release-actions.ts', {
  releaseSeatByLinkAction: { access: 'public', kind: 'form', schema: releaseSeatForm, freeText: [] },
});
