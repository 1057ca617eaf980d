// For the door's HTTP and browser tests: a published meeting on today's date (so check-in is
// open) with a person registered, made through the admin's own actions on the running app; the
// person's attendee id as the check-in search finds it; and their ticket code as the test
// server signs it (lib/attendees/ticket-code.ts with the app test server's AUTH_SECRET).
import { createHmac } from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import { expect } from 'vitest';
import type { HttpClient } from './http-client';
import { builtActions, callFormAction, type BuiltAction } from './server-actions';

const APP_TEST_SECRET = 'test-secret-for-the-app-test-project-only-0123456789';

export function ticketCodeForTestServer(attendeeId: string, ticketVersion = 1): string {
  const subject = `${attendeeId}:${ticketVersion}`;
  const mac = createHmac('sha256', APP_TEST_SECRET).update(`ticket\n${subject}`).digest('base64url');
  return `${Buffer.from(subject, 'utf8').toString('base64url')}.${mac}`;
}

const action = (name: string): BuiltAction => builtActions().find((a) => a.name === name)!;
const pad = (n: number) => String(n).padStart(2, '0');
const local = (d: TZDate) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;

/**
 * A published meeting dated today (Copenhagen): at 23:30 while that is still ahead, else at
 * 00:01 recorded as held. Returns its id.
 */
export async function publishMeetingToday(admin: HttpClient, title: string): Promise<string> {
  const now = new TZDate(Date.now(), 'Europe/Copenhagen');
  const ahead = now.getHours() < 23;
  const start = new TZDate(now.getFullYear(), now.getMonth(), now.getDate(), ahead ? 23 : 0, ahead ? 30 : 1, 'Europe/Copenhagen');
  const end = new TZDate(start.getTime() + 25 * 60_000, 'Europe/Copenhagen');
  const created = await callFormAction(admin, action('saveMeetingAction'), {
    locale: 'da',
    title,
    slug: '',
    startsAt: local(start),
    endsAt: local(end),
    place: 'Byrådssalen',
    address: '',
    description: '',
    capacity: '50',
    registrationDeadline: '',
    ...(ahead ? {} : { recordAsHeld: 'on' }),
  });
  const meetingId = /\/admin\/meetings\/([0-9a-f-]{36})/.exec(created.headers.get('x-action-redirect') ?? '')?.[1];
  expect(meetingId, created.text).toBeTruthy();
  const published = await callFormAction(admin, action('changeMeetingStatusAction'), {
    meetingId: meetingId!,
    version: '1',
    change: 'publish',
    ...(ahead ? {} : { recordAsHeld: 'on' }),
  });
  expect(published.text).toMatch(/"version":\d+/);
  // A meeting recorded as held (after 23.00) is in the past: nothing to tidy away later.
  if (ahead) versions.set(meetingId!, Number(/"version":(\d+)/.exec(published.text)![1]));
  return meetingId!;
}

const versions = new Map<string, number>();

/**
 * Cancels a meeting made by publishMeetingToday once a test file is done with it: left published,
 * it would be the dashboard's next meeting for the test files that follow on the same server.
 */
export async function cancelMeetingMadeToday(admin: HttpClient, meetingId: string) {
  if (!versions.has(meetingId)) return;
  const cancelled = await callFormAction(admin, action('changeMeetingStatusAction'), {
    meetingId,
    version: String(versions.get(meetingId)),
    change: 'cancel',
  });
  expect(cancelled.text).toMatch(/"version":\d+/);
}

/** Registers a person by hand (the secretariat's form) and returns their attendee id. */
export async function registerPerson(admin: HttpClient, meetingId: string, person: { email: string; name: string }): Promise<string> {
  const added = await callFormAction(admin, action('addRegistrationAction'), { meetingId, email: person.email, name: person.name, colleagues: '0' });
  expect(added.text).toContain('addedToSeats');
  const found = await (await admin.request(`/api/admin/meetings/${meetingId}/check-in?q=${encodeURIComponent(person.name)}`)).json();
  const id = found.people.find((p: { name: string }) => p.name === person.name)?.id;
  expect(id, JSON.stringify(found)).toBeTruthy();
  return id;
}
