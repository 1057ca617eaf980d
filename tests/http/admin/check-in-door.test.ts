// The door over the real app: the secretariat checks a ticket in (once; a second scan says so;
// a forged code is "invalid"); a company user reaches neither the page, nor its actions, nor its
// count route, also when replaying the secretariat's own request; the ticket's QR image is a PNG,
// and a forged code gets 400.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cancelMeetingMadeToday, ticketCodeForTestServer, publishMeetingToday, registerPerson } from '../../support/fixtures-check-in';
import { HttpClient, signedInClient } from '../../support/http-client';
import { actionNamed, demoEmails } from '../../support/matrix-sessions';
import { callAction, callFormAction } from '../../support/server-actions';

const baseUrl = inject('baseUrl');

describe('check-in at the door over HTTP', () => {
  let admin: HttpClient;
  let company: HttpClient;
  let meetingId: string;
  let attendeeId: string;
  const stamp = Date.now().toString(36);

  beforeAll(async () => {
    admin = await signedInClient(baseUrl, demoEmails.secretariat);
    company = await signedInClient(baseUrl, demoEmails.company);
    meetingId = await publishMeetingToday(admin, `Dørmøde ${stamp}`);
    attendeeId = await registerPerson(admin, meetingId, { email: `doer-${stamp}@firma.test`, name: `Dorte Dør ${stamp}` });
  });
  afterAll(async () => {
    if (meetingId) await cancelMeetingMadeToday(admin, meetingId);
  });

  it('checks a ticket in once, says "already" the second time and "invalid" for a forged code', async () => {
    const ticket = actionNamed('checkInTicketAction');
    const code = ticketCodeForTestServer(attendeeId);
    const first = await callAction(admin, ticket, [{ meetingId, code }]);
    expect(first.text).toContain('"outcome":"checked-in"');
    expect(first.text).toContain(`Dorte Dør ${stamp}`);
    const again = await callAction(admin, ticket, [{ meetingId, code }]);
    expect(again.text).toContain('"outcome":"already"');
    const forged = await callAction(admin, ticket, [{ meetingId, code: `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}` }]);
    expect(forged.text).toContain('"outcome":"invalid"');
    const count = await (await admin.request(`/api/admin/meetings/${meetingId}/check-in`)).json();
    expect(count.count).toEqual({ checkedIn: 1, expected: 1 });
  });

  it('keeps a company user out of the page, every action and the count route, also replaying the secretariat', async () => {
    expect((await company.request(`/admin/meetings/${meetingId}/check-in`)).status).toBe(403);
    const route = await company.request(`/api/admin/meetings/${meetingId}/check-in?q=Dorte`);
    expect(route.status).toBe(403);
    expect(await route.text()).not.toContain('Dorte');
    for (const [name, args] of [
      ['checkInTicketAction', { meetingId, code: ticketCodeForTestServer(attendeeId) }],
      ['checkInPersonAction', { meetingId, attendeeId }],
      ['undoCheckInAction', { meetingId, attendeeId }],
    ] as const) {
      const refused = await callAction(company, actionNamed(name), [args]);
      expect(refused.text, name).toContain('"forbidden"');
    }
    const walkIn = await callFormAction(company, actionNamed('walkInAction'), { meetingId, name: 'Indtrængende', company: '' });
    expect(walkIn.text).toContain('"forbidden"');
    // Nothing changed: still one in, nobody added.
    const count = await (await admin.request(`/api/admin/meetings/${meetingId}/check-in`)).json();
    expect(count.count).toEqual({ checkedIn: 1, expected: 1 });
  });

  it('adds a walk-in who is in at once', async () => {
    const added = await callFormAction(admin, actionNamed('walkInAction'), { meetingId, name: `Gæst ${stamp}`, company: 'Ukendt ApS' });
    expect(added.text).toContain('walkInAdded');
    const count = await (await admin.request(`/api/admin/meetings/${meetingId}/check-in`)).json();
    expect(count.count).toEqual({ checkedIn: 2, expected: 2 });
  });

  it('draws a ticket as a PNG holding the code, and refuses a forged code with 400', async () => {
    const code = ticketCodeForTestServer(attendeeId);
    const res = await fetch(`${baseUrl}/api/tickets/qr?code=${encodeURIComponent(code)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('private, max-age=86400');
    expect(res.headers.get('set-cookie')).toBeNull();
    // A PNG (its signature); that it scans is the browser test's (tests/e2e/check-in-scan.test.ts).
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');

    const forged = await fetch(`${baseUrl}/api/tickets/qr?code=${encodeURIComponent(`${code.slice(0, -1)}x`)}`);
    expect(forged.status).toBe(400);
    expect((await fetch(`${baseUrl}/api/tickets/qr`)).status).toBe(400);
  });
});
