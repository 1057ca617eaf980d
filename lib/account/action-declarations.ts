// The account actions, declared once (see lib/actions/declare.ts).
import { declareActions } from '@/lib/actions/declare';
import { deleteAccountSchema } from './schema';

export const accountActions = declareActions('lib/account/actions.ts', {
  deleteAccountAction: { access: 'portal.use', kind: 'form', schema: deleteAccountSchema, freeText: [] },
});
