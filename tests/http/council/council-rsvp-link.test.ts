// A council member's answer link works signed out: opening it shows the meeting and asks for a
// click (a mail scanner's GET answers nothing), the POST records the answer, a later answer
// replaces it, and the admin registrations page shows it in the council's section. A forged
// code and a code for someone not on the council are refused.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { councilRsvpCodeForTestServer, userIdOnAdminPage } from '../../support/council-rsvp-code';
import { HttpClient, signedInClient } from '../../support/http-client';
import { actionNamed, demoEmails, discoverUpcomingMeeting } from '../../support/matrix-sessions';
import { callFormAction } from '../../support/server-actions';

const baseUrl = inject('baseUrl');
const MEMBER = 'Kim Byrådsmedlem (demo)';

describe('the council answer link, signed out', () => {
  let admin: HttpClient;
  let meeting: { id: string; slug: string };
  let code: string;

  /** Kim's answer as the admin registrations page shows it, and the section's counts. */
  async function adminView() {
    const html = await (await admin.request(`/admin/meetings/${meeting.id}/registrations`)).text();
    const section = html.slice(html.indexOf('id="reg-council"'), html.indexOf('</section>', html.indexOf('id="reg-council"')));
    const answer = new RegExp(`${MEMBER.replace(/[()]/g, '\\$&')}[\\s\\S]*?<td[^>]*>([^<]+)</td>`).exec(section)?.[1];
    const counts = [...section.matchAll(/<dd[^>]*>(\d+)<\/dd>/g)].map((m) => Number(m[1]));
    const rows = (section.match(/<tr /g) ?? []).length - 1; // minus the header row
    return { answer, counts, rows };
  }

  const linkAction = () => ({ ...actionNamed('answerCouncilInvitationByLinkAction'), pagePath: '/council/rsvp' });

  beforeAll(async () => {
    admin = await signedInClient(baseUrl, demoEmails.secretariat);
    meeting = await discoverUpcomingMeeting(admin);
    code = councilRsvpCodeForTestServer(meeting.id, await userIdOnAdminPage(admin, demoEmails.council));
  }, 120_000);

  it('shows the meeting and asks for a click, in both languages, and opening it records nothing', async () => {
    const visitor = new HttpClient(baseUrl);
    const before = await adminView();
    for (const [prefix, words] of [['', ['Svar på invitationen', 'Kommer du til mødet?', 'Jeg kommer', 'Hej Kim']], ['/en', ['Answer the invitation', 'Are you coming to the meeting?', 'I am coming']]] as const) {
      const res = await visitor.request(`${prefix}/council/rsvp?code=${encodeURIComponent(code)}&answer=coming`);
      expect(res.status, `${prefix} status`).toBe(200);
      const html = await res.text();
      for (const w of words) expect(html, w).toContain(w);
      expect(html).toContain('name="robots" content="noindex');
      expect(res.headers.get('cache-control')).toContain('no-store');
    }
    // A HEAD and a second GET, as link scanners do: still nothing recorded.
    await (await visitor.request(`/council/rsvp?code=${encodeURIComponent(code)}&answer=not-coming`, { method: 'HEAD' })).body?.cancel();
    expect(await adminView()).toEqual(before);
  });

  it('records the answer posted from the page, and a second answer replaces the first', async () => {
    const visitor = new HttpClient(baseUrl);
    const before = await adminView();
    const first = before.answer === 'Kommer' ? 'not-coming' : 'coming';
    const second = first === 'coming' ? 'not-coming' : 'coming';
    const words = { coming: 'Kommer', 'not-coming': 'Kommer ikke' } as const;

    const posted = await callFormAction(visitor, linkAction(), { code, answer: first });
    expect(posted.status).toBe(200);
    expect(posted.text).toContain(first === 'coming' ? '"savedComing"' : '"savedNotComing"');
    let view = await adminView();
    expect(view.answer).toBe(words[first]);
    expect(view.rows).toBe(view.counts.reduce((a, b) => a + b, 0));

    await callFormAction(visitor, linkAction(), { code, answer: second });
    view = await adminView();
    expect(view.answer).toBe(words[second]);
    expect(view.rows).toBe(before.rows);

    // The member sees the same answer in the council area.
    const council = await signedInClient(baseUrl, demoEmails.council);
    const area = await (await council.request('/council')).text();
    expect(area).toContain(second === 'coming' ? 'Du har svaret, at du kommer.' : 'Du har svaret, at du ikke kommer.');
  });

  it('refuses a forged code on the page and in the post, and a code for someone not on the council', async () => {
    const visitor = new HttpClient(baseUrl);
    const before = await adminView();
    const [subject, mac] = code.split('.');
    const forged = `${subject}.${mac.slice(1)}x`;
    const page = await (await visitor.request(`/council/rsvp?code=${encodeURIComponent(forged)}&answer=coming`)).text();
    expect(page).toContain('Svaret kan ikke gemmes');
    expect(page).toContain('Linket er ikke gyldigt');
    expect(page).not.toContain('Jeg kommer');
    const posted = await callFormAction(visitor, linkAction(), { code: forged, answer: 'coming' });
    expect(posted.text).toContain('"forged"');

    const chairCode = councilRsvpCodeForTestServer(meeting.id, await userIdOnAdminPage(admin, demoEmails.chair));
    const chairPage = await (await visitor.request(`/en/council/rsvp?code=${encodeURIComponent(chairCode)}&answer=coming`)).text();
    expect(chairPage).toContain('no longer has access as a member');
    expect((await callFormAction(visitor, linkAction(), { code: chairCode, answer: 'coming' })).text).toContain('"not-member"');
    expect(await adminView()).toEqual(before);
  });

  it('keeps the rest of the council area signed in only', async () => {
    const visitor = new HttpClient(baseUrl);
    for (const path of ['/council', '/council/statistics', '/en/council']) {
      const res = await visitor.request(path);
      await res.body?.cancel();
      expect(res.status, path).toBe(307);
      expect(new URL(res.headers.get('location') ?? 'http://x/', baseUrl).pathname, path).toMatch(/^(\/en)?\/signin$/);
    }
  });
});
