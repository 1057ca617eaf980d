// Issue 10, point 7: a deactivated address cannot be told apart at sign-in. It gets exactly the
// answer every other address gets (on to "check your email", not "try again"), and no link is
// emailed to it.
import { describe, expect, inject, it } from 'vitest';
import { HttpClient, mailboxFor, signedInClient, submitSignInForm } from '../../support/http-client';
import { actionNamed, demoEmails } from '../../support/matrix-sessions';
import { callFormAction } from '../../support/server-actions';

const baseUrl = inject('baseUrl');

async function answerTo(email: string) {
  const res = await submitSignInForm(new HttpClient(baseUrl), email);
  return { status: res.status, redirect: res.headers.get('x-action-redirect'), error: /"status":"error"/.test(res.text) };
}

describe('signing in with a deactivated address', () => {
  it('answers a deactivated, a known and an unknown address alike, and emails no link to the deactivated one', async () => {
    const chair = await signedInClient(baseUrl, demoEmails.chair);
    const tag = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
    const known = `known-${tag}@example.test`;
    const gone = `gone-${tag}@example.test`;
    for (const email of [known, gone]) {
      const invited = await callFormAction(chair, actionNamed('inviteUserAction'), { email, role: 'council', locale: 'da' });
      expect(invited.text).toContain('"invited"');
      await signedInClient(baseUrl, email);
    }
    const list = await (await chair.request(`/admin/users?q=${encodeURIComponent(gone)}`)).text();
    const userId = /name="userId" value="([^"]+)"/.exec(list)?.[1];
    expect(userId).toBeTruthy();
    expect((await callFormAction(chair, actionNamed('deactivateUserAction'), { userId: userId! })).text).toContain('"deactivated"');
    const before = (await mailboxFor(baseUrl, gone)).length;

    const answers = {
      deactivated: await answerTo(gone),
      known: await answerTo(known),
      unknown: await answerTo(`nobody-${tag}@firma.test`),
    };
    expect(answers.known).toMatchObject({ error: false });
    expect(answers.known.redirect).toContain('/signin/check-email');
    expect(answers.deactivated).toEqual(answers.known);
    expect(answers.unknown).toEqual(answers.known);

    // The page the browser is sent to says "check your email" (the form stays put with
    // "Vi kunne ikke sende e-mailen lige nu. Prøv igen om lidt." only when sending truly failed).
    const page = await new HttpClient(baseUrl).request(answers.deactivated.redirect!.split(';')[0]);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Tjek din e-mail');
    // The known address got its link; the deactivated one got nothing.
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await mailboxFor(baseUrl, gone)).length).toBe(before);
  });
});
