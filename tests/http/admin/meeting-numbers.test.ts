// The admin meetings list shows the true counts over the real app: a meeting built through the
// admin's own actions (4 agenda items; parties of 1, 3 and 2 that fill 6 seats; one more party
// on the waitlist) reads "6 af 6 pladser · 1 på venteliste · 4 punkter", and the demo's next
// meeting shows the same seats and agenda items in the list as on the dashboard.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { HttpClient, signedInClient } from '../../support/http-client';
import { builtActions, callFormAction, type BuiltAction } from '../../support/server-actions';

const baseUrl = inject('baseUrl');
const action = (name: string): BuiltAction => builtActions().find((a) => a.name === name)!;

/** The text of the list entry (<li>) that links to this meeting's page. */
function listEntry(html: string, meetingId: string) {
  const at = html.indexOf(`/admin/meetings/${meetingId}"`);
  expect(at, `meeting ${meetingId} not in the list`).toBeGreaterThan(-1);
  const start = html.lastIndexOf('<li', at);
  const end = html.indexOf('</ul>', at);
  return textOf(html.slice(start, end));
}

const textOf = (html: string) =>
  html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<!-- -->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('numbers on the admin meetings list', () => {
  let admin: HttpClient;
  beforeAll(async () => {
    admin = await signedInClient(baseUrl, 'erhverv@albertslund.test');
  });

  it('counts seats with colleagues, the waitlist and the agenda items of each meeting', async () => {
    const created = await callFormAction(admin, action('saveMeetingAction'), {
      locale: 'da',
      title: `Tællemøde ${Date.now()}`,
      slug: '',
      startsAt: '2033-03-03T16:00',
      endsAt: '2033-03-03T19:00',
      place: 'Albertslund Rådhus',
      address: '',
      description: '',
      capacity: '6',
      registrationDeadline: '',
    });
    const meetingId = /\/admin\/meetings\/([0-9a-f-]{36})/.exec(created.headers.get('x-action-redirect') ?? '')?.[1];
    expect(meetingId, created.text).toBeTruthy();

    for (const title of ['Velkomst', 'Oplæg', 'Drøftelse', 'Afslutning']) {
      const added = await callFormAction(admin, action('addAgendaItemAction'), { meetingId: meetingId!, kind: 'talk', title, durationMinutes: '15' });
      expect(added.text).toContain('agendaItemAdded');
    }
    const stamp = Date.now().toString(36);
    for (const [i, colleagues] of [0, 2, 1, 1].entries()) {
      const added = await callFormAction(admin, action('addRegistrationAction'), {
        meetingId: meetingId!,
        email: `taelling-${stamp}-${i}@firma.test`,
        colleagues: String(colleagues),
      });
      expect(added.text).toContain(i < 3 ? 'addedToSeats' : 'addedToWaitlist');
    }

    const html = await (await admin.request('/admin/meetings')).text();
    const entry = listEntry(html, meetingId!);
    expect(entry).toContain('6 af 6 pladser');
    expect(entry).toContain('1 på venteliste');
    expect(entry).toContain('4 punkter');

    // The meeting's own registrations page agrees.
    const page = textOf(await (await admin.request(`/admin/meetings/${meetingId}/registrations`)).text());
    expect(page).toContain('Pladser taget 6 / 6 Venteliste 1');
  });

  it('shows the demo’s next meeting with the dashboard’s seats and agenda items', async () => {
    const dashboard = await (await admin.request('/admin')).text();
    const nextId = /\/admin\/meetings\/([0-9a-f-]{36})\/agenda/.exec(dashboard)?.[1];
    expect(nextId).toBeTruthy();
    const seats = /(\d+) af (\d+) pladser/.exec(textOf(dashboard));
    expect(seats).not.toBeNull();
    const entry = listEntry(await (await admin.request('/admin/meetings')).text(), nextId!);
    expect(entry).toContain(`${seats![1]} af ${seats![2]} pladser`);
    expect(entry).not.toContain('ingen dagsorden');
    // The demo's agenda is complete, so the dashboard counts its items ("1 punkt", "5 punkter").
    const items = /Dagsordenen er klar: (\d+ punkt(?:er)?)\b/.exec(textOf(dashboard));
    expect(items, 'the dashboard counts the agenda items').not.toBeNull();
    expect(entry).toContain(items![1]);
  });
});
