// Signing in and out, declared once (see lib/actions/declare.ts): open to everybody.
import { declareActions } from '@/lib/actions/declare';
import { signInSchema, signOutSchema } from './schema';

export const signInActions = declareActions('lib/auth/sign-in-actions.ts', {
  requestSignInLink: { access: 'public', kind: 'form', schema: signInSchema, freeText: [] },
  signOutAction: { access: 'public', kind: 'form', schema: signOutSchema, freeText: [], endsSession: true },
});
