// The gate's answer for a server action: who is asking, and whether the action's access lets
// them in. The action wrappers (lib/actions) ask here before they read any input.
import 'server-only';
import { getCurrentUser, type CurrentUser } from './current-user';
import { decide, type Access } from './access';

export type ActionCaller<A extends Access> = A extends 'public' ? CurrentUser | null : CurrentUser;

/** The caller, or the refusal the form shows ('signedOut' or 'forbidden'). */
export async function gateAction<A extends Access>(
  access: A,
): Promise<{ user: ActionCaller<A>; refusal?: never } | { refusal: 'signedOut' | 'forbidden'; user?: never }> {
  const user = await getCurrentUser();
  const decision = decide(user, access);
  if (decision !== 'allowed') return { refusal: decision === 'signed-out' ? 'signedOut' : 'forbidden' };
  return { user: user as ActionCaller<A> };
}
