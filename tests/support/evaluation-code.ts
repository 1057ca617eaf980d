// The evaluation code the app server would sign (lib/evaluations/evaluation-code.ts), made here
// with the app test server's AUTH_SECRET (tests/support/app-server.ts), so a browser test can open
// an attendee's evaluation link without the participant email having been sent.
import { createHmac } from 'node:crypto';

const APP_TEST_SECRET = 'test-secret-for-the-app-test-project-only-0123456789';

export function evaluationCodeForTestServer(attendeeId: string): string {
  const mac = createHmac('sha256', APP_TEST_SECRET).update(`evaluation\n${attendeeId}`).digest('base64url');
  return `${Buffer.from(attendeeId, 'utf8').toString('base64url')}.${mac}`;
}
