// The chair's approval over HTTP on the built app: the secretariat asks, the chair sees it on the
// dashboard and approves (the secretariat cannot), the secretariat sees what is awaiting and what
// came back; and the .docx download, for the admins only, as a Word file named by its case number.
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { HttpClient, signedInClient } from '../../support/http-client';
import { builtActions, callFormAction, type BuiltAction } from '../../support/server-actions';

const baseUrl = inject('baseUrl');

const actionNamed = (name: string): BuiltAction => {
  const found = builtActions().find((a) => a.name === name);
  if (!found) throw new Error(`no built action ${name}`);
  return found;
};

describe("the chair's approval and the briefing's .docx over HTTP", () => {
  let secretariat: HttpClient;
  let chair: HttpClient;
  let council: HttpClient;
  let company: HttpClient;
  let meetingId: string;
  const stamp = Date.now().toString(36);
  const title = `Orientering til godkendelse ${stamp}`;

  beforeAll(async () => {
    [secretariat, chair, council, company] = await Promise.all([
      signedInClient(baseUrl, 'erhverv@albertslund.test'),
      signedInClient(baseUrl, 'borgmester@albertslund.test'),
      signedInClient(baseUrl, 'byraad@albertslund.test'),
      signedInClient(baseUrl, 'indkoeb@hersted-plast.test'),
    ]);
    // A meeting of this test's own (a draft far ahead: never the dashboard's next meeting). Its
    // briefing ends the file edited after approval, so it awaits nobody and no dashboard lists it.
    const saved = await callFormAction(secretariat, actionNamed('saveMeetingAction'), {
      locale: 'da',
      title: `Godkendelsesmøde ${stamp}`,
      startsAt: '2034-04-04T16:00',
      endsAt: '2034-04-04T18:00',
      place: 'Rådhuset',
      capacity: '30',
    });
    meetingId = /\/admin\/meetings\/([0-9a-f-]{36})/.exec(saved.headers.get('x-action-redirect') ?? '')![1];
  });

  const briefing = (intent: string, extra: Record<string, string> = {}) => ({
    meetingId,
    intent,
    title,
    caseNumber: '00.01.00-A00-42-34',
    summary: 'Et kort resumé.',
    body: '## Mødet\n\nTekst.',
    recommendation: '',
    ...extra,
  });

  /** The chair's decision form's hidden fields on the briefing page. */
  async function decisionFields() {
    const html = await (await chair.request(`/admin/meetings/${meetingId}/follow-up/briefing`)).text();
    const followupId = /name="followupId" value="([0-9a-f-]{36})"/.exec(html)?.[1];
    const version = /name="followupId" value="[^"]+"\/?><input type="hidden" name="version" value="(\d+)"/.exec(html)?.[1];
    return { html, followupId: followupId!, version: version! };
  }

  it('asks for the case number before approval, then puts the briefing before the chair on the dashboard', async () => {
    const missing = await callFormAction(secretariat, actionNamed('briefingAction'), briefing('requestApproval', { caseNumber: '' }));
    expect(missing.text).toContain('caseFieldsMissing');
    const asked = await callFormAction(secretariat, actionNamed('briefingAction'), briefing('requestApproval'));
    expect(asked.text).toContain('approvalRequested');

    const chairDashboard = await (await chair.request('/admin')).text();
    expect(chairDashboard).toContain('Afventer din godkendelse');
    expect(chairDashboard).toContain(title);
    const secretariatDashboard = await (await secretariat.request('/admin')).text();
    expect(secretariatDashboard).toContain('Orienteringer til godkendelse');
    expect(secretariatDashboard).not.toContain('Afventer din godkendelse');
    expect(secretariatDashboard).toContain(title);
  });

  it('refuses the decision to the secretariat, and lets the chair send it back with a comment the secretariat sees', async () => {
    const { html, followupId, version } = await decisionFields();
    expect(html).toContain('id="approval-decision"');
    expect(followupId).toBeTruthy();
    const secretariatPage = await (await secretariat.request(`/admin/meetings/${meetingId}/follow-up/briefing`)).text();
    expect(secretariatPage).not.toContain('id="approval-decision"');

    const bySecretariat = await callFormAction(secretariat, actionNamed('approveBriefingAction'), { followupId, version });
    expect(bySecretariat.text).toContain('"forbidden"');
    const returnedBySecretariat = await callFormAction(secretariat, actionNamed('returnBriefingAction'), { followupId, version, comment: 'Nej' });
    expect(returnedBySecretariat.text).toContain('"forbidden"');

    const noComment = await callFormAction(chair, actionNamed('returnBriefingAction'), { followupId, version, comment: '' });
    expect(noComment.text).toContain('"comment"');
    const sentBack = await callFormAction(chair, actionNamed('returnBriefingAction'), { followupId, version, comment: `Tilføj indstillingen ${stamp}` });
    expect(sentBack.text).toContain('"returned"');
    const dashboard = await (await secretariat.request('/admin')).text();
    expect(dashboard).toContain(`Tilføj indstillingen ${stamp}`);
    expect(dashboard).toContain('Sendt tilbage af Steen Christiansen');
    expect(await (await chair.request('/admin')).text()).not.toContain(title);
  });

  it('is approved by the chair after it is asked again, and then carries the chair as signatory', async () => {
    const asked = await callFormAction(secretariat, actionNamed('briefingAction'), briefing('requestApproval', { recommendation: 'Det indstilles, at …' }));
    expect(asked.text).toContain('approvalRequested');
    const { followupId, version } = await decisionFields();
    const approved = await callFormAction(chair, actionNamed('approveBriefingAction'), { followupId, version });
    expect(approved.text).toContain('"approved"');
    const print = await (await secretariat.request(`/admin/meetings/${meetingId}/follow-up/briefing/print`)).text();
    expect(print).toContain('Sagsnr. 00.01.00-A00-42-34');
    expect(print).not.toContain('Udkast – ikke godkendt');

    const docx = await secretariat.request(`/api/admin/followups/${followupId}/briefing-docx`);
    expect(docx.status).toBe(200);
    const xml = strFromU8(unzipSync(new Uint8Array(await docx.arrayBuffer()))['word/document.xml']);
    expect(xml).toContain('Steen Christiansen');
    expect(xml).toContain('Et kort resumé.');

    // An edit afterwards takes the approval away again, and the editor said so beforehand.
    const editor = await (await secretariat.request(`/admin/meetings/${meetingId}/follow-up/briefing`)).text();
    expect(editor).toContain('Formanden har godkendt denne tekst. Gemmer du ændringer');
    await callFormAction(secretariat, actionNamed('briefingAction'), briefing('save', { recommendation: 'Ny indstilling' }));
    const after = await (await secretariat.request(`/admin/meetings/${meetingId}/follow-up/briefing/print`)).text();
    expect(after).toContain('Udkast – ikke godkendt');
  });

  it('serves the .docx to the admins only, as a Word file named by its case number and date', async () => {
    const moved = await secretariat.request('/admin/meetings/oktober-2014/follow-up/briefing');
    const page = await (await secretariat.request(new URL(moved.headers.get('location')!, baseUrl).pathname)).text();
    const path = /href="(\/api\/admin\/followups\/[0-9a-f-]{36}\/briefing-docx)"/.exec(page)?.[1];
    expect(path).toBeTruthy();
    expect((await new HttpClient(baseUrl).request(path!)).status).toBe(401);
    expect((await company.request(path!)).status).toBe(403);
    expect((await council.request(path!)).status).toBe(403);
    const res = await secretariat.request(path!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="orientering-24\.10\.00-A00-3-14-2014-\d\d-\d\d\.docx"/);
    const xml = strFromU8(unzipSync(new Uint8Array(await res.arrayBuffer()))['word/document.xml']);
    expect(xml).toContain('24.10.00-A00-3-14');
    expect(xml).toContain('Steen Christiansen');
    expect((await chair.request(path!)).status).toBe(200);
  });
});
