// Sign-out and account deletion remove the signed-in hint (signed-in-hint.ts) with the session
// cookie. Those actions change cookies anyway, so this adds no refresh of the page.
import 'server-only';
import { cookies } from 'next/headers';
import { SIGNED_IN_HINT_COOKIE } from './signed-in-hint';

export async function clearSignedInHintCookie() {
  (await cookies()).delete(SIGNED_IN_HINT_COOKIE);
}
