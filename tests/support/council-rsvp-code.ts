// The answer-link code the app server would sign (lib/security/signed-token.ts), made here with the
// app test server's AUTH_SECRET (tests/support/app-server.ts), so HTTP and browser tests can open
// a council member's link without an invitation having been sent.
import { createHmac } from 'node:crypto';

const APP_TEST_SECRET = 'test-secret-for-the-app-test-project-only-0123456789';

export function councilRsvpCodeForTestServer(meetingId: string, userId: string): string {
  const subject = `${meetingId}:${userId}`;
  const mac = createHmac('sha256', APP_TEST_SECRET).update(`council-rsvp\n${subject}`).digest('base64url');
  return `${Buffer.from(subject, 'utf8').toString('base64url')}.${mac}`;
}

/** A demo user's id, read from the admin users page the way the secretariat finds a person. */
export async function userIdOnAdminPage(admin: { request(path: string): Promise<Response> }, email: string): Promise<string> {
  const html = await (await admin.request(`/admin/users?q=${encodeURIComponent(email)}`)).text();
  const id = /name="userId" value="([^"]+)"/.exec(html)?.[1];
  if (!id) throw new Error(`no user id for ${email} on /admin/users`);
  return id;
}
