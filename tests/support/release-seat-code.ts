// The release-seat code the app server would sign (lib/attendees/ticket-code.ts), made here with
// the app test server's AUTH_SECRET (tests/support/app-server.ts), so a browser test can open an
// attendee's release link without a reminder having been sent.
import { createHmac } from 'node:crypto';

const APP_TEST_SECRET = 'test-secret-for-the-app-test-project-only-0123456789';

export function releaseCodeForTestServer(attendee: { id: string; ticketVersion: number }): string {
  const subject = `${attendee.id}:${attendee.ticketVersion}`;
  const mac = createHmac('sha256', APP_TEST_SECRET).update(`release-seat\n${subject}`).digest('base64url');
  return `${Buffer.from(subject, 'utf8').toString('base64url')}.${mac}`;
}
