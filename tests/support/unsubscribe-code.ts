// The unsubscribe code the test app server signs (lib/subscriptions/links.ts with lib/security/
// signed-token.ts), made here with the test server's AUTH_SECRET: the code a bulk email to
// `email` would carry.
import { createHmac } from 'node:crypto';

export const TEST_AUTH_SECRET = 'test-secret-for-the-app-test-project-only-0123456789';

export function unsubscribeCodeFor(email: string): string {
  const subject = email.toLowerCase();
  const mac = createHmac('sha256', TEST_AUTH_SECRET).update(`unsubscribe\n${subject}`).digest('base64url');
  return `${Buffer.from(subject, 'utf8').toString('base64url')}.${mac}`;
}

/** A confirm code as the confirm email carries it (lib/subscriptions/rules.ts confirmSubject). */
export function confirmCodeFor(email: string, issuedAt = new Date()): string {
  const subject = `${email.toLowerCase()}\n${issuedAt.getTime()}`;
  const mac = createHmac('sha256', TEST_AUTH_SECRET).update(`subscription-confirm\n${subject}`).digest('base64url');
  return `${Buffer.from(subject, 'utf8').toString('base64url')}.${mac}`;
}
