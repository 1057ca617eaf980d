// One company cannot touch another's data, even with well-formed requests naming it: the matrix
// (access-matrix.test.ts) shows the gate lets both companies into the portal, so here the second
// company sends valid edits, withdrawals and cancellations aimed at the first company's theme and
// registration, and the first company's data must be unchanged — while the same requests from
// the owner go through.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { signedInClient, type HttpClient } from '../../support/http-client';
import { actionNamed, demoEmails, discoverUpcomingMeeting, proposeOwnTheme } from '../../support/matrix-sessions';
import { callFormAction } from '../../support/server-actions';

const baseUrl = inject('baseUrl');

type RegistrationState = { own: { status: string } | null };

describe('another company’s data', () => {
  let owner: HttpClient;
  let other: HttpClient;
  let themeId: string;
  const title = `Ejerens tema ${Date.now().toString(36)}`;
  const themeFields = (id: string, newTitle: string) => ({
    themeId: id,
    title: newTitle,
    description: 'En ny beskrivelse, som kun temaets egen virksomhed må gemme.',
    category: 'local',
    wishedMeetingId: '',
    locale: 'da',
  });

  beforeAll(async () => {
    owner = await signedInClient(baseUrl, demoEmails.company);
    other = await signedInClient(baseUrl, demoEmails.otherCompany);
    themeId = await proposeOwnTheme(owner, title);
  });

  const editPage = async () => (await owner.request(`/portal/themes/${themeId}/edit`)).text();

  it('refuses to edit another company’s theme and leaves it as it was', async () => {
    const refused = await callFormAction(other, actionNamed('updateThemeAction'), themeFields(themeId, 'Overtaget af en anden virksomhed'));
    expect(refused.text).toContain('"message":"notFound"');
    const page = await editPage();
    expect(page.includes(title), 'the owner’s title is still there').toBe(true);
    expect(page.includes('Overtaget af en anden virksomhed'), 'the other company’s title was saved').toBe(false);
  });

  it('refuses to withdraw another company’s theme: it stays submitted and editable', async () => {
    const refused = await callFormAction(other, actionNamed('withdrawThemeAction'), { themeId, confirmed: 'yes', locale: 'da' });
    expect(refused.text).toContain('"message":"notFound"');
    // The withdraw form is shown only while the theme is still submitted.
    expect((await editPage()).includes('id="withdraw"'), 'the withdraw section is still shown').toBe(true);
  });

  it('lets the owner make the same edit', async () => {
    const accepted = await callFormAction(owner, actionNamed('updateThemeAction'), themeFields(themeId, `${title} (rettet)`));
    expect(accepted.text).not.toContain('"status":"error"');
    expect((await editPage()).includes(`${title} (rettet)`), 'the owner’s edit was saved').toBe(true);
  });

  it('cannot cancel another company’s registration: the form names a meeting, the person comes from the session', async () => {
    const { id: meetingId } = await discoverUpcomingMeeting(owner);
    const registration = () => owner.json<RegistrationState>(`/api/meetings/${meetingId}/registration`);
    if (!(await registration()).own) {
      const registered = await callFormAction(owner, actionNamed('registerAction'), { meetingId, colleagues: '0', note: '' });
      expect(registered.text).toMatch(/"message":"(registered|waitlisted)"/);
    }
    const before = (await registration()).own;
    expect(before?.status).toMatch(/^(registered|waitlisted)$/);

    const otherState = await other.json<RegistrationState>(`/api/meetings/${meetingId}/registration`);
    const attempt = await callFormAction(other, actionNamed('cancelRegistrationAction'), { meetingId, confirmed: 'yes' });
    // Without a registration of its own the other company is told so; with one, only its own goes.
    expect(attempt.text).toContain(otherState.own ? '"message":"cancelled"' : '"message":"notRegistered"');
    expect((await registration()).own).toEqual(before);
  });

  it('exports only the company’s own data', async () => {
    const res = await other.request('/api/portal/export');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain(demoEmails.otherCompany);
    expect(text).not.toContain(demoEmails.company);
    expect(text).not.toContain(title);
  });
});
