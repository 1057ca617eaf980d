// A session that ended on the server (the person was deactivated, or the row expired) leaves its
// cookie in the browser. The first time the header asks who is visiting, the answer removes that
// cookie with the signed-in hint: otherwise the proxy set the hint again on every page load (a
// session cookie without hint), the header asked /api/me on every page view, and every public
// page came back private with a Set-Cookie instead of from the shared cache.
import { describe, expect, inject, it } from 'vitest';
import { signedInClient } from '../../support/http-client';
import { deactivatedStaffClient, demoEmails } from '../../support/matrix-sessions';

const baseUrl = inject('baseUrl');

describe('a session cookie whose session has ended', () => {
  it('is removed, with the hint, by the first answer that nobody is signed in', async () => {
    const chair = await signedInClient(baseUrl, demoEmails.chair);
    const former = await deactivatedStaffClient(baseUrl, chair);
    // A full page load: the proxy sees a session cookie and sets the hint, as for anyone signed in.
    await former.request('/');
    expect(former.jar.has('ef-signed-in')).toBe(true);

    const me = await former.request('/api/me');
    expect(await me.json()).toEqual({ signedIn: false });
    expect(former.jar.has('authjs.session-token'), 'the dead session cookie').toBe(false);
    expect(former.jar.has('ef-signed-in'), 'the hint').toBe(false);

    // The next page is the shared, cached one, with no cookie set and no per-person request.
    const page = await former.request('/meetings');
    expect(page.status).toBe(200);
    expect(page.headers.getSetCookie()).toEqual([]);
    expect(page.headers.get('cache-control')).not.toContain('private');
  });

  it('keeps the cookie of a live session', async () => {
    const company = await signedInClient(baseUrl, demoEmails.company);
    const me = await company.request('/api/me');
    expect(await me.json()).toMatchObject({ signedIn: true });
    expect(me.headers.getSetCookie()).toEqual([]);
    expect(company.jar.has('authjs.session-token')).toBe(true);
  });
});
