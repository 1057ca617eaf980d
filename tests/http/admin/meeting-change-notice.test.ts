// Over the real app: the secretariat moves a published meeting a company is registered for. The
// company gets one "new time or place" email, the calendar feed and the meeting's own .ics file
// carry the same UID with a higher SEQUENCE and the new time, and saving again without a change
// emails nobody and leaves the SEQUENCE where it was.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { mailboxFor, signedInClient, type HttpClient } from '../../support/http-client';
import { readIcsEvents } from '../../support/ics';
import { actionNamed, demoEmails } from '../../support/matrix-sessions';
import { callFormAction } from '../../support/server-actions';

const baseUrl = inject('baseUrl');
const title = `Mødet der flytter ${Date.now().toString(36)}`;

const fields = (overrides: Record<string, string> = {}) => ({
  locale: 'da',
  title,
  slug: '',
  startsAt: '2033-09-14T16:00',
  endsAt: '2033-09-14T18:00',
  place: 'Albertslund Rådhus',
  address: 'Nordmarks Allé 1',
  description: 'Et møde, der bliver flyttet.',
  capacity: '40',
  registrationDeadline: '',
  ...overrides,
});

async function eventIn(path: string, meetingId: string) {
  const res = await fetch(`${baseUrl}${path}`);
  expect(res.status, path).toBe(200);
  return readIcsEvents(await res.text()).find((e) => e.UID.startsWith(`meeting-${meetingId}@`));
}

async function changeEmails() {
  return (await mailboxFor(baseUrl, demoEmails.company)).filter((m) => m.subject === `Ændret tid eller sted: ${title}`);
}

async function waitForChangeEmails(count: number) {
  for (let i = 0; i < 40; i++) {
    const found = await changeEmails();
    if (found.length >= count) return found;
    await new Promise((r) => setTimeout(r, 250));
  }
  return changeEmails();
}

describe('moving a published meeting', () => {
  let admin: HttpClient;
  let company: HttpClient;
  let meetingId = '';
  let slug = '';
  let version = '';

  beforeAll(async () => {
    admin = await signedInClient(baseUrl, demoEmails.secretariat);
    company = await signedInClient(baseUrl, demoEmails.company);
    const created = await callFormAction(admin, actionNamed('saveMeetingAction'), fields());
    meetingId = /\/admin\/meetings\/([0-9a-f-]{36})/.exec(created.headers.get('x-action-redirect') ?? '')?.[1] ?? '';
    expect(meetingId).toBeTruthy();
    const published = await callFormAction(admin, actionNamed('changeMeetingStatusAction'), { meetingId, version: '1', change: 'publish' });
    version = /"version":(\d+)/.exec(published.text)?.[1] ?? '';
    expect(version, published.text).toBeTruthy();
    const registered = await callFormAction(company, actionNamed('registerAction'), { meetingId, colleagues: '0', note: '' });
    expect(registered.text).toContain('"message":"registered"');
  });

  it('emails the registered company once and moves the event in the feed and the meeting’s .ics', async () => {
    const before = (await eventIn('/feeds/meetings.ics', meetingId))!;
    expect(before).toBeTruthy();
    const moved = await callFormAction(admin, actionNamed('saveMeetingAction'), {
      meetingId,
      version,
      ...fields({ startsAt: '2033-09-21T17:00', endsAt: '2033-09-21T19:00', place: 'Hersted Industripark', address: 'Roskildevej 10' }),
    });
    expect(moved.text).toContain('"meetingSaved"');
    version = /"version":(\d+)/.exec(moved.text)?.[1] ?? '';
    slug = /"slug":"([^"]+)"/.exec(moved.text)?.[1] ?? '';

    const emails = await waitForChangeEmails(1);
    expect(emails).toHaveLength(1);
    expect(emails[0].text).toContain('Før: Albertslund Rådhus, Nordmarks Allé 1 → Nu: Hersted Industripark, Roskildevej 10');
    expect(emails[0].text).toMatch(/den 14\. september 2033 kl\. 16\.00–18\.00 → Nu: \S+ den 21\. september 2033 kl\. 17\.00–19\.00/);

    for (const path of ['/feeds/meetings.ics', `/feeds/meetings/${slug}.ics`]) {
      const after = (await eventIn(path, meetingId))!;
      expect(after.UID, path).toBe(before.UID);
      expect(Number(after.SEQUENCE), path).toBe(Number(before.SEQUENCE) + 1);
      expect(after.DTSTART, path).toBe('20330921T150000Z');
      expect(after.LOCATION, path).toBe('Hersted Industripark, Roskildevej 10');
    }
  });

  it('sends nothing and keeps the SEQUENCE when the meeting is saved again without a new time or place', async () => {
    const before = (await eventIn('/feeds/meetings.ics', meetingId))!;
    const saved = await callFormAction(admin, actionNamed('saveMeetingAction'), {
      meetingId,
      version,
      ...fields({ startsAt: '2033-09-21T17:00', endsAt: '2033-09-21T19:00', place: 'Hersted Industripark', address: 'Roskildevej 10', description: 'Nu med kaffe.' }),
    });
    expect(saved.text).toContain('"meetingSaved"');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await changeEmails()).toHaveLength(1);
    expect((await eventIn('/feeds/meetings.ics', meetingId))!.SEQUENCE).toBe(before.SEQUENCE);
  });
});
