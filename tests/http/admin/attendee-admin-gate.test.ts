// The secretariat's attendee pages and actions over HTTP, with real sessions: a company user and
// a council member get "no access" for the badges page and "forbidden" for the attendee actions,
// also when they replay the secretariat's own request with a real attendee's id, and nothing
// changes; the secretariat's same request goes through (and is undone again, so the demo data
// other files count stays as it was).
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { HttpClient, signedInClient } from '../../support/http-client';
import { builtActions, callAction, type BuiltAction } from '../../support/server-actions';

const baseUrl = inject('baseUrl');

function action(name: string): BuiltAction {
  const found = builtActions().find((a) => a.name === name && a.filename.endsWith('lib/attendees/admin-actions.ts'));
  if (!found) throw new Error(`${name} is not in the build`);
  return found;
}

/** The "Mødt" number at the top of the registrations page (people checked in). */
function checkedIn(html: string) {
  const match = /Mødt<\/dt><dd[^>]*>(\d+)<\/dd>/.exec(html);
  if (!match) throw new Error('no checked-in count on the page');
  return Number(match[1]);
}

describe('the attendee pages and actions refuse everyone but the admins', () => {
  const clients = {} as Record<'company' | 'council' | 'secretariat', HttpClient>;
  let meetingId = '';
  let attendeeId = '';
  const registrationsPage = () => `/admin/meetings/${meetingId}/registrations`;

  beforeAll(async () => {
    clients.company = await signedInClient(baseUrl, 'indkoeb@hersted-plast.test');
    clients.council = await signedInClient(baseUrl, 'byraad@albertslund.test');
    clients.secretariat = await signedInClient(baseUrl, 'erhverv@albertslund.test');
    // The demo's held meeting (attendance taken), and one person checked in there.
    const redirect = await clients.secretariat.request('/admin/meetings/september-2015/follow-up');
    meetingId = /meetings\/([0-9a-f-]{36})/.exec(redirect.headers.get('location') ?? '')![1];
    const html = await (await clients.secretariat.request(registrationsPage())).text();
    // The list's props travel in the page's RSC payload (quotes escaped inside a script).
    const checkedInPerson = /\\"id\\":\\"([0-9a-f-]{36})\\",\\"name\\":\\"[^\\]+\\",\\"isRegistrant\\":(?:true|false),\\"walkIn\\":false,\\"email\\":[^,]+,\\"note\\":[^,]+,\\"checkedInAt\\":\\"\d/.exec(html);
    attendeeId = checkedInPerson![1];
  });

  it('shows the badges page to the secretariat', async () => {
    const res = await clients.secretariat.request(`/admin/meetings/${meetingId}/badges`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Navneskilte');
    expect(html).toContain('data-testid="badge"');
  });

  for (const role of ['company', 'council'] as const) {
    it(`refuses the badges page and the attendee actions to a ${role} user, also replaying a real request`, async () => {
      expect((await clients[role].request(`/admin/meetings/${meetingId}/badges`)).status).toBe(403);
      const before = checkedIn(await (await clients.secretariat.request(registrationsPage())).text());
      const mark = await callAction(clients[role], action('markAttendeePresentAction'), [{ meetingId, attendeeId, present: false }]);
      expect(mark.text).toContain('"forbidden"');
      const remove = await callAction(clients[role], action('removeAttendeeAction'), [{ meetingId, attendeeId, confirmed: true }]);
      expect(remove.text).toContain('"forbidden"');
      // Nothing changed: the person is still checked in and still there.
      const after = await (await clients.secretariat.request(registrationsPage())).text();
      expect(checkedIn(after)).toBe(before);
      expect(after).toContain(attendeeId);
    });
  }

  it('lets the secretariat’s same request through (and undoes it)', async () => {
    const before = checkedIn(await (await clients.secretariat.request(registrationsPage())).text());
    const out = await callAction(clients.secretariat, action('markAttendeePresentAction'), [{ meetingId, attendeeId, present: false }]);
    expect(out.text).toContain('"checkedIn":false');
    expect(checkedIn(await (await clients.secretariat.request(registrationsPage())).text())).toBe(before - 1);
    const back = await callAction(clients.secretariat, action('markAttendeePresentAction'), [{ meetingId, attendeeId, present: true }]);
    expect(back.text).toContain('"checkedIn":true');
    expect(checkedIn(await (await clients.secretariat.request(registrationsPage())).text())).toBe(before);
  });

  it('refuses a signed-out visitor', async () => {
    const res = await callAction(new HttpClient(baseUrl), action('removeAttendeeAction'), [{ meetingId, attendeeId, confirmed: true }]);
    expect(res.text).toContain('"signedOut"');
  });
});
