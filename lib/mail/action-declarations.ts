// The email administration's actions, declared once (see lib/actions/declare.ts).
import { declareActions } from '@/lib/actions/declare';
import { retryEmailSchema } from './schema';

export const failedEmailActions = declareActions('lib/mail/actions.ts', {
  retryEmailAction: { access: 'admin.access', kind: 'form', schema: retryEmailSchema, freeText: [] },
});
