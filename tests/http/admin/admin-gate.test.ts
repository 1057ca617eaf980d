// Every admin action refuses non-admins on the server: each server action of the build is
// called over HTTP as a company user and as a council member, and the CSV export and admin
// pages are asked for too. The secretariat's calls go through, so the refusals are real.
import Papa from 'papaparse';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { isAdminAction } from '../../support/access-table';
import { declaredActions } from '../../support/declared-actions';
import { HttpClient, signedInClient } from '../../support/http-client';
import { builtActions, callAction, callFormAction, type BuiltAction } from '../../support/server-actions';

const baseUrl = inject('baseUrl');

/** The admin actions, from their declarations (lib/<domain>/action-declarations.ts). */
const adminActionKeys = declaredActions.filter(isAdminAction).map((a) => a.key);

const adminPages = [
  '/admin',
  '/admin/themes',
  '/admin/meetings',
  '/admin/meetings/new',
  '/admin/speakers',
  '/admin/users',
  '/admin/companies',
  '/admin/companies/24256790',
  '/admin/audit',
  '/admin/emails',
  '/admin/reports',
];

describe('admin actions over HTTP', () => {
  const actions: BuiltAction[] = builtActions().filter((a) => adminActionKeys.includes(`${a.filename}#${a.name}`));
  const clients = {} as Record<'company' | 'council' | 'secretariat', HttpClient>;

  beforeAll(async () => {
    clients.company = await signedInClient(baseUrl, 'indkoeb@hersted-plast.test');
    clients.council = await signedInClient(baseUrl, 'byraad@albertslund.test');
    clients.secretariat = await signedInClient(baseUrl, 'erhverv@albertslund.test');
  });

  it('finds every declared admin action in the build', () => {
    expect(adminActionKeys.length).toBeGreaterThan(25);
    expect(actions.map((a) => `${a.filename}#${a.name}`).sort()).toEqual([...adminActionKeys].sort());
  });

  for (const role of ['company', 'council'] as const) {
    it(`refuses every admin action to a ${role} user`, async () => {
      for (const action of actions) {
        const { status, text } = await callAction(clients[role], action, [{ status: 'idle' }, {}]);
        expect(status, action.name).toBe(200);
        expect(text, action.name).toContain('"forbidden"');
      }
    });

    it(`refuses the registrations CSV and the admin pages to a ${role} user`, async () => {
      const csv = await clients[role].request('/api/admin/meetings/00000000-0000-4000-8000-000000000000/registrations-csv');
      expect(csv.status).toBe(403);
      for (const page of adminPages) {
        expect((await clients[role].request(page)).status, page).toBe(403);
      }
    });
  }

  it('refuses a signed-out visitor', async () => {
    const [action] = actions;
    const { text } = await callAction(new HttpClient(baseUrl), action, [{ status: 'idle' }, {}]);
    expect(text).toContain('"signedOut"');
    const csv = await new HttpClient(baseUrl).request('/api/admin/meetings/00000000-0000-4000-8000-000000000000/registrations-csv');
    expect(csv.status).toBe(401);
  });

  it('lets the secretariat through: bad input gets field errors, good input is saved', async () => {
    const move = actions.find((a) => a.name === 'moveAgendaItemAction')!;
    const refused = await callAction(clients.secretariat, move, [{ itemId: 'not-an-id', direction: 'sideways' }]);
    expect(refused.text).toContain('"invalid"');
    expect(refused.text).not.toContain('"forbidden"');

    const save = actions.find((a) => a.name === 'saveSpeakerAction')!;
    const name = `HTTP-taler ${Date.now()}`;
    const saved = await callFormAction(clients.secretariat, save, { name, organisation: 'Testorganisation', email: '' });
    expect(saved.text).toContain('"speakerAdded"');
    const page = await clients.secretariat.request('/admin/speakers');
    expect(await page.text()).toContain(name);
    const asCompany = await callFormAction(clients.company, save, { name: 'Må ikke gemmes' });
    expect(asCompany.text).toContain('"forbidden"');
  });

  it('exports a meeting’s registrations as CSV for Danish Excel', async () => {
    const list = await (await clients.secretariat.request('/admin/meetings')).text();
    const ids = [...list.matchAll(/\/admin\/meetings\/([0-9a-f-]{36})\/registrations/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    const companiesByFile: string[][] = [];
    let attendedRows = 0;
    for (const id of ids) {
      const res = await clients.secretariat.request(`/api/admin/meetings/${id}/registrations-csv`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="tilmeldinger-[a-z0-9-]+\.csv"$/);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const parsed = Papa.parse<string[]>(new TextDecoder().decode(bytes.slice(3)), { delimiter: ';', skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      // One line per person (registrant and colleagues), so a company may have several.
      expect(parsed.data[0]).toEqual(['Navn', 'Virksomhed', 'E-mail', 'Note', 'Tilmelder', 'Status', 'Tjekket ind']);
      companiesByFile.push([...new Set(parsed.data.slice(1).map((r) => r[1]))]);
      attendedRows += parsed.data.slice(1).filter((r) => r[5] === 'Mødt').length;
    }
    // The demo's two portal companies attend the September 2015 meeting, alone: the directory's
    // demo companies attend the two earlier meetings only.
    expect(companiesByFile.map((c) => [...c].sort())).toContainEqual(['Hersted Plast A/S (demo)', 'Lysteknik Albertslund ApS (demo)']);
    expect(attendedRows).toBeGreaterThan(2);
  });
});
