// Sessions for every role of the access matrix, and the ids of demo data the matrix's paths need.
// Sessions come from the real sign-in (development mailbox), so this works on PGlite, whose
// database the test process cannot open while the server holds it.
import { expect } from 'vitest';
import type { MatrixIds, MatrixRole } from './access-table';
import { HttpClient, signedInClient } from './http-client';
import { builtActions, callFormAction, type BuiltAction } from './server-actions';

export const demoEmails = {
  company: 'direktoer@lysteknik.test',
  otherCompany: 'indkoeb@hersted-plast.test',
  council: 'byraad@albertslund.test',
  secretariat: 'erhverv@albertslund.test',
  chair: 'borgmester@albertslund.test',
} as const satisfies Partial<Record<MatrixRole, string>>;

export function actionNamed(name: string): BuiltAction {
  const action = builtActions().find((a) => a.name === name);
  if (!action) throw new Error(`the build has no server action ${name}`);
  return action;
}

const uuidIn = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]);

/**
 * A staff member the chair invites and then deactivates: the session they held before must stop
 * working everywhere. Returns that member's client, whose cookie jar still holds the old token.
 */
export async function deactivatedStaffClient(baseUrl: string, chair: HttpClient): Promise<HttpClient> {
  const email = `matrix-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.test`;
  const invited = await callFormAction(chair, actionNamed('inviteUserAction'), { email, role: 'secretariat', locale: 'da' });
  expect(invited.text, 'invitation').toContain('"invited"');
  const staff = await signedInClient(baseUrl, email);
  // Before: the session works, so what follows is a change and not a session that never worked.
  expect((await staff.request('/admin')).status).toBe(200);

  const list = await (await chair.request(`/admin/users?q=${encodeURIComponent(email)}`)).text();
  const [userId] = uuidIn(list, /name="userId" value="([^"]+)"/g);
  expect(userId, 'the invited user in the admin list').toBeTruthy();
  const deactivated = await callFormAction(chair, actionNamed('deactivateUserAction'), { userId });
  expect(deactivated.text, 'deactivation').toContain('"deactivated"');
  return staff;
}

export async function signInMatrixRoles(baseUrl: string): Promise<Record<MatrixRole, HttpClient>> {
  const clients = { signedOut: new HttpClient(baseUrl) } as Record<MatrixRole, HttpClient>;
  for (const [role, email] of Object.entries(demoEmails)) clients[role as MatrixRole] = await signedInClient(baseUrl, email);
  clients.deactivated = await deactivatedStaffClient(baseUrl, clients.chair);
  return clients;
}

/** A theme the first company proposes now, still submitted (so editable by its proposer only). */
export async function proposeOwnTheme(company: HttpClient, title: string): Promise<string> {
  const editLinks = async () => uuidIn(await (await company.request('/portal')).text(), /\/portal\/themes\/([0-9a-f-]{36})\/edit/g);
  const before = new Set(await editLinks());
  const proposed = await callFormAction(company, actionNamed('proposeThemeAction'), {
    title,
    description: 'Et tema som adgangsmatricen foreslår for at prøve, hvem der må ændre det.',
    category: 'local',
    wishedMeetingId: '',
    locale: 'da',
  });
  expect(proposed.status, proposed.text.slice(0, 300)).toBeLessThan(400);
  const added = [...new Set(await editLinks())].filter((id) => !before.has(id));
  expect(added, 'the proposed theme in the portal').toHaveLength(1);
  return added[0];
}

/** The demo's upcoming meeting, read from the public pages (its registration island names its id). */
export async function discoverUpcomingMeeting(client: HttpClient): Promise<{ slug: string; id: string }> {
  const [slug] = uuidIn(await (await client.request('/meetings')).text(), /\/meetings\/(moede-\d{4}-\d{2})/g);
  if (!slug) throw new Error('no upcoming meeting on /meetings');
  const page = await (await client.request(`/meetings/${slug}`)).text();
  const [id] = uuidIn(page, /meetingId\\?":\\?"([0-9a-f-]{36})/g);
  if (!id) throw new Error(`no meeting id on /meetings/${slug}`);
  return { slug, id };
}

/** "company"'s own registration for the upcoming meeting (registering first when there is none). */
export async function ownRegistrationId(client: HttpClient, meetingId: string): Promise<string> {
  type State = { own: { id: string } | null };
  const state = () => client.json<State>(`/api/meetings/${meetingId}/registration`);
  const before = (await state()).own;
  if (before) return before.id;
  await callFormAction(client, actionNamed('registerAction'), { meetingId, note: '' });
  const after = (await state()).own;
  if (!after) throw new Error('the company could not register for the upcoming meeting');
  return after.id;
}

export async function discoverIds(clients: Record<MatrixRole, HttpClient>): Promise<MatrixIds> {
  const admin = clients.secretariat;
  // A meeting's slug in place of its id redirects to the id's address (the follow-up pages).
  const idOfSlug = async (slug: string) => {
    const res = await admin.request(`/admin/meetings/${slug}/follow-up`);
    const [id] = uuidIn(res.headers.get('location') ?? '', /\/admin\/meetings\/([0-9a-f-]{36})\//g);
    if (!id) throw new Error(`no meeting id for ${slug} (${res.status})`);
    return id;
  };
  const upcoming = await discoverUpcomingMeeting(admin);
  const [articleSlug] = uuidIn(await (await admin.request('/articles')).text(), /\/articles\/([a-z0-9-]+-virksomhederne-[a-z0-9-]+)/g);
  const [adminThemeId] = uuidIn(await (await admin.request('/admin/themes')).text(), /\/admin\/themes\/([0-9a-f-]{36})/g);
  const [publicThemeId] = uuidIn(await (await clients.signedOut.request('/themes')).text(), /\/themes\/([0-9a-f-]{36})/g);
  const [briefingId] = uuidIn(await (await clients.council.request('/council')).text(), /\/council\/briefings\/([0-9a-f-]{36})/g);
  const ids = {
    heldMeetingId: await idOfSlug('september-2015'),
    upcomingMeetingId: upcoming.id,
    upcomingMeetingSlug: upcoming.slug,
    articleSlug,
    adminThemeId,
    publicThemeId,
    briefingId,
    ownThemeId: await proposeOwnTheme(clients.company, `Matrixtema ${Date.now().toString(36)}`),
    ownRegistrationId: await ownRegistrationId(clients.company, upcoming.id),
  };
  for (const [name, value] of Object.entries(ids)) expect(value, name).toBeTruthy();
  return ids;
}
