// The takeover the issue found: a fresh address types Hersted Plast's (public) CVR number on the
// profile page. Over HTTP it must get no company data and change nothing; the company's member
// is asked, declines, and the person still has no access.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { HttpClient, mailboxFor, signedInClient } from '../../support/http-client';
import { builtActions, callFormAction, type BuiltAction } from '../../support/server-actions';

const baseUrl = inject('baseUrl');
const HERSTED_CVR = '24256790';
// What only Hersted Plast's members (and the secretariat) may see.
const companySecrets = ['Hersted Plast', 'Fabriksparken', 'hersted-plast.example', 'indkoeb@hersted-plast.test'];

function action(name: string): BuiltAction {
  const found = builtActions().find((a) => a.name === name);
  if (!found) throw new Error(`no action ${name} in the build`);
  return found;
}

function expectNoSecrets(text: string, where: string) {
  for (const secret of companySecrets) expect(text, `${where} shows ${secret}`).not.toContain(secret);
}

describe('typing a known CVR number over HTTP', () => {
  const email = `overtager-${Date.now().toString(36)}@virksomhed.test`;
  let attacker: HttpClient;
  let member: HttpClient;
  let secretariat: HttpClient;

  beforeAll(async () => {
    attacker = await signedInClient(baseUrl, email);
    member = await signedInClient(baseUrl, 'indkoeb@hersted-plast.test');
    secretariat = await signedInClient(baseUrl, 'erhverv@albertslund.test');
  });

  it('sends a request and gives the person nothing of the company', async () => {
    const saved = await callFormAction(attacker, action('saveProfileAction'), {
      name: 'Ole Overtager',
      cvr: HERSTED_CVR,
      companyName: 'Overtaget A/S',
      address: '',
      locale: 'da',
    });
    expect(saved.headers.get('x-action-redirect'), saved.text.slice(0, 300)).toContain('notice=joinRequested');

    const portal = await attacker.request('/portal');
    expect(portal.status).toBe(200);
    const portalHtml = await portal.text();
    expect(portalHtml).toContain('venter på godkendelse');
    expectNoSecrets(portalHtml, '/portal');

    const profileHtml = await (await attacker.request('/portal/profile')).text();
    expect(profileHtml).toContain(HERSTED_CVR);
    expectNoSecrets(profileHtml, '/portal/profile');

    const company = await attacker.request('/portal/company');
    expect(company.status).toBe(307);
    expect((await attacker.request('/portal/themes/new')).status).toBe(307);

    const exported = await attacker.request('/api/portal/export');
    const data = await exported.json();
    expect(data.company).toBeNull();
    expectNoSecrets(JSON.stringify(data), '/api/portal/export');

    const supported = await (await attacker.request('/api/themes/supported')).json();
    expect(supported).toMatchObject({ needsProfile: true, supported: [], own: [] });
  });

  it('changes nothing of the company when the form is sent again with other details', async () => {
    await callFormAction(attacker, action('saveProfileAction'), { name: 'Ole Overtager', cvr: HERSTED_CVR, companyName: 'Overtaget A/S', address: 'Ny adresse 1', locale: 'da' });
    const admin = await (await secretariat.request(`/admin/companies/${HERSTED_CVR}`)).text();
    expect(admin).toContain('Hersted Plast A/S (demo)');
    expect(admin).toContain('Fabriksparken 40');
    expect(admin).not.toContain('Overtaget');
    expect(admin).not.toContain('Ny adresse 1');
    // The secretariat sees the request among those waiting.
    expect(await (await secretariat.request('/admin/companies')).text()).toContain(email);
  });

  it('refuses the person every action for the company, and a replayed decision', async () => {
    const support = await callFormAction(attacker, action('approveJoinRequestAction'), { requestId: crypto.randomUUID(), confirmed: 'yes' });
    expect(support.text).toContain('"notFound"');
    const leave = await callFormAction(attacker, action('leaveCompanyAction'), { confirmed: 'yes', locale: 'da' });
    expect(leave.text).toContain('"notFound"');
  });

  it("asks the company's member, who declines; the person still has no access", async () => {
    const mail = await mailboxFor(baseUrl, 'indkoeb@hersted-plast.test');
    expect(mail.some((m) => m.kind === 'membership.requestToMembers' && m.text.includes(email))).toBe(true);

    const page = await (await member.request('/portal/company')).text();
    expect(page).toContain(email);
    const requestId = new RegExp(`${email.replace(/[.]/g, '\\.')}[\\s\\S]*?name="requestId" value="([0-9a-f-]{36})"`).exec(page)?.[1];
    expect(requestId).toBeTruthy();

    // Another company's member cannot decide it.
    const stranger = await signedInClient(baseUrl, 'direktoer@lysteknik.test');
    const replay = await callFormAction(stranger, action('approveJoinRequestAction'), { requestId: requestId!, confirmed: 'yes', locale: 'da' });
    expect(replay.text).toContain('"notFound"');

    const declined = await callFormAction(member, action('declineJoinRequestAction'), { requestId: requestId!, confirmed: 'yes', locale: 'da' });
    expect(declined.headers.get('x-action-redirect')).toContain('notice=declined');

    const profileHtml = await (await attacker.request('/portal/profile')).text();
    expect(profileHtml).toContain('blev afvist');
    expectNoSecrets(profileHtml, '/portal/profile after decline');
    expect((await attacker.request('/portal')).status).toBe(307);
    expect((await (await attacker.request('/api/portal/export')).json()).company).toBeNull();
    const told = await mailboxFor(baseUrl, email);
    expect(told.map((m) => m.kind)).toEqual(expect.arrayContaining(['membership.requestReceived', 'membership.declined']));
  });
});
