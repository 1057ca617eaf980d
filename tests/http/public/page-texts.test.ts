// Each page sends the browser only the texts its own client components read
// (app/_components/i18n/client-messages.tsx). Before, every page carried ten namespaces from the
// root layout (36 KB), and every admin page every admin part on top: texts of pages the visitor
// was not on. A text is looked for by a phrase that only it holds among all texts.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadMessages } from '@/lib/i18n/messages';
import type { HttpClient } from '../../support/http-client';
import { signedInClient } from '../../support/http-client';
import { demoEmails, discoverUpcomingMeeting } from '../../support/matrix-sessions';

const baseUrl = inject('baseUrl');
const all = loadMessages('da') as unknown as Record<string, unknown>;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Up to three phrases of `path`'s texts that no other text holds and that HTML shows unescaped. */
function phrasesOf(path: string): string[] {
  const own = strings(path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], all));
  const everyText = strings(all);
  const picked = own
    .filter((s) => /^[\p{L} ,.-]{24,}$/u.test(s))
    .filter((s) => everyText.filter((other) => other.includes(s)).length === 1)
    .slice(0, 3);
  if (!picked.length) throw new Error(`no phrase of its own in ${path}`);
  return picked;
}

function expectNoTextsOf(html: string, paths: string[]) {
  for (const path of paths) for (const phrase of phrasesOf(path)) expect(html, `${path}: “${phrase}”`).not.toContain(phrase);
}

let secretariat: HttpClient;
let meetingId = '';

beforeAll(async () => {
  secretariat = await signedInClient(baseUrl, demoEmails.secretariat);
  meetingId = (await discoverUpcomingMeeting(secretariat)).id;
});

describe('the texts a page sends', () => {
  it('a public page carries no portal, admin or follow-up editor texts', async () => {
    const html = await (await fetch(`${baseUrl}/`)).text();
    expectNoTextsOf(html, ['portal.profile', 'portal.themeForm', 'account.delete', 'followupEditor', 'admin.themes', 'directory']);
  });

  it('the admin theme list carries its own texts, and not the registrations’, the directory’s or the portal’s', async () => {
    const html = await (await secretariat.follow('/admin/themes')).text();
    expect(html).toContain(loadMessages('da').admin.themes.acceptSelected);
    expectNoTextsOf(html, ['admin.registrations', 'attendeesAdmin', 'directory', 'followupEditor', 'portal.themeForm', 'registration']);
  });

  it('a meeting’s registrations page carries no theme moderation or directory texts', async () => {
    const res = await secretariat.follow(`/admin/meetings/${meetingId}/registrations`);
    expect(res.status).toBe(200);
    expectNoTextsOf(await res.text(), ['admin.themes', 'directory', 'followupEditor', 'portal.profile']);
  });
});
