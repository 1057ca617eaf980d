// The authorization matrix: every page, route handler and server action of the app, asked by
// every kind of visitor (signed out, a company, another company, a council member, the
// secretariat, the chair, and a staff member deactivated after signing in), against the one
// table in tests/support/access-table.ts (whose action rows come from the actions' declarations).
// Pages and handlers are found on the file system and actions in the build, so a new one without
// an entry in the table (or an action without a declaration) fails here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  actionAccess,
  expectedPageOutcome,
  expectedRouteStatus,
  liveSession,
  matrixRoles,
  pageAccess,
  resolvePath,
  routeAccess,
  type MatrixIds,
  type MatrixRole,
  type PageOutcome,
} from '../../support/access-table';
import { freshlySignedInClient, type HttpClient } from '../../support/http-client';
import { demoEmails, discoverIds, signInMatrixRoles } from '../../support/matrix-sessions';
import { builtActions, callFormAction, type BuiltAction } from '../../support/server-actions';

const baseUrl = inject('baseUrl');
const root = path.resolve(__dirname, '../../..');

function filesNamed(dir: string, name: string): string[] {
  return (readdirSync(path.join(root, dir), { recursive: true }) as string[])
    .filter((f) => path.basename(f) === name)
    .map((f) => path.posix.join(dir, f.split(path.sep).join('/')))
    .sort();
}

const httpMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** The HTTP methods a route.ts exports (`export const GET`, `export const { GET, POST }`, functions). */
function exportedMethods(file: string): string[] {
  const source = readFileSync(path.join(root, file), 'utf8');
  const names = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:const|async function|function)\s+([A-Z]+)\b/g)) names.add(m[1]);
  for (const m of source.matchAll(/export\s+const\s+\{([^}]+)\}/g)) for (const n of m[1].split(',')) names.add(n.trim());
  for (const m of source.matchAll(/export\s+\{([^}]+)\}/g)) for (const n of m[1].split(',')) names.add(n.trim().split(/\s+as\s+/).at(-1)!);
  return [...names].filter((n) => httpMethods.includes(n));
}

/** Every export of every 'use server' module: each is a public endpoint once a page uses it. */
function serverActionExports(): string[] {
  const found: string[] = [];
  for (const dir of ['app', 'lib']) {
    for (const file of (readdirSync(path.join(root, dir), { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f))) {
      const rel = path.posix.join(dir, file.split(path.sep).join('/'));
      const source = readFileSync(path.join(root, rel), 'utf8');
      if (!/^\s*['"]use server['"]/.test(source)) continue;
      for (const m of source.matchAll(/export\s+(?:const|async function|function)\s+(\w+)/g)) found.push(`${rel}#${m[1]}`);
    }
  }
  return found.sort();
}

const tableActions = () =>
  Object.entries(actionAccess)
    .flatMap(([file, actions]) => Object.keys(actions).map((name) => `${file}#${name}`))
    .sort();

describe('the access table covers the whole app', () => {
  it('has an entry for every page', () => {
    expect(Object.keys(pageAccess).sort()).toEqual(filesNamed('app', 'page.tsx'));
  });

  it('has an entry for every method of every route handler', () => {
    const handlers = filesNamed('app', 'route.ts').flatMap((file) => exportedMethods(file).map((m) => `${file} ${m}`));
    expect(handlers.length).toBeGreaterThan(10);
    expect(Object.keys(routeAccess).sort()).toEqual(handlers.sort());
  });

  it('has an entry for every export of a server-action module and every action in the build', () => {
    expect(tableActions()).toEqual(serverActionExports());
    const built = builtActions().map((a) => `${a.filename}#${a.name}`);
    expect(built.length).toBeGreaterThan(20);
    expect(built.filter((key) => !tableActions().includes(key))).toEqual([]);
  });
});

describe('the access matrix over HTTP', () => {
  let clients: Record<MatrixRole, HttpClient>;
  let ids: MatrixIds;

  beforeAll(async () => {
    clients = await signInMatrixRoles(baseUrl);
    ids = await discoverIds(clients);
  }, 180_000);

  async function pageOutcome(client: HttpClient, pagePath: string): Promise<PageOutcome | string> {
    const res = await client.request(pagePath);
    await res.body?.cancel();
    if (res.status === 200) return 'ok';
    if (res.status === 403) return 'forbidden';
    if (res.status === 404) return 'notFound';
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      const target = new URL(location, baseUrl);
      if (target.pathname !== '/signin') return 'redirect';
      // A page that asks for sign-in sends the visitor back to that very page afterwards, even
      // when the area's layout turned the visitor away first (/signin/continue names no page).
      const back = target.searchParams.get('callbackUrl');
      return back === null || back === pagePath ? 'signin' : `signin, back to ${back}`;
    }
    return `status ${res.status}`;
  }

  /** Asks for one thing as every role at once; gives role → answer, to compare with the table. */
  async function asEveryRole<T>(ask: (client: HttpClient, role: MatrixRole) => Promise<T>) {
    const answers = await Promise.all(matrixRoles.map((role) => ask(clients[role], role)));
    return Object.fromEntries(matrixRoles.map((role, i) => [role, answers[i]]));
  }

  for (const [file, rule] of Object.entries(pageAccess)) {
    it(`page ${file}`, async () => {
      const pagePath = resolvePath(rule.path, ids);
      const expected = Object.fromEntries(matrixRoles.map((role) => [role, expectedPageOutcome(rule, role)]));
      expect(await asEveryRole((client) => pageOutcome(client, pagePath))).toEqual(expected);
    });
  }

  for (const [key, rule] of Object.entries(routeAccess)) {
    it(`route ${key}`, async () => {
      const [, method] = key.split(' ');
      const routePath = resolvePath(rule.path, ids);
      const expected = Object.fromEntries(matrixRoles.map((role) => [role, expectedRouteStatus(rule, role)]));
      const actual = await asEveryRole(async (client) => {
        const res = await client.request(routePath, {
          method,
          headers: method === 'GET' ? {} : { origin: baseUrl, 'content-type': 'application/x-www-form-urlencoded' },
          body: method === 'GET' ? undefined : (rule.body ?? ''),
        });
        await res.body?.cancel();
        return res.status;
      });
      expect(actual).toEqual(expected);
    });
  }

  /** What the gate answered an action: refused as signed out, refused as forbidden, or let through. */
  async function actionAnswer(client: HttpClient, action: BuiltAction) {
    // Empty input: roles the gate lets through get validation errors, so nothing is changed.
    const { status, text } = await callFormAction(client, action, {});
    if (status >= 500) return `status ${status}`;
    // The wrappers' refusal: { status: 'error', message } for forms, { ok: false, error } otherwise.
    const refusal = /"(?:message|error)":"(signedOut|forbidden)"/.exec(text);
    return refusal ? refusal[1] : 'through';
  }

  const expectedActionAnswer = (allow: readonly MatrixRole[], role: MatrixRole) =>
    allow.includes(role) ? 'through' : liveSession(role) ? 'forbidden' : 'signedOut';

  const actionsInBuild = () => new Map(builtActions().map((a) => [`${a.filename}#${a.name}`, a]));

  for (const [file, actions] of Object.entries(actionAccess)) {
    for (const [name, rule] of Object.entries(actions)) {
      if (rule.endsSession) continue;
      it(`action ${file}#${name}`, async () => {
        const action = actionsInBuild().get(`${file}#${name}`);
        // A declared action the build does not hold is used by no page: remove it (or use it).
        expect(action, `${file}#${name} is not in the build`).toBeDefined();
        if (!action) return;
        const expected = Object.fromEntries(matrixRoles.map((role) => [role, expectedActionAnswer(rule.allow, role)]));
        expect(await asEveryRole((client) => actionAnswer(client, action))).toEqual(expected);
      });
    }
  }

  it('lets every role that may use an action that ends the session use it, on a session of its own', async () => {
    for (const [file, actions] of Object.entries(actionAccess)) {
      for (const [name, rule] of Object.entries(actions)) {
        if (!rule.endsSession) continue;
        const action = actionsInBuild().get(`${file}#${name}`)!;
        for (const role of matrixRoles) {
          const email = demoEmails[role as keyof typeof demoEmails];
          // A session of its own: the shared demo sessions (signedInClient) must survive the sign-out.
          const client = email ? await freshlySignedInClient(baseUrl, email) : clients[role];
          expect(await actionAnswer(client, action), `${name} as ${role}`).toBe(expectedActionAnswer(rule.allow, role));
          if (email && rule.allow.includes(role)) {
            expect(await client.json<{ signedIn: boolean }>('/api/me'), `${name} ended the session of ${role}`).toEqual({ signedIn: false });
          }
        }
      }
    }
    // The matrix's own sessions are untouched.
    expect((await clients.secretariat.request('/admin')).status).toBe(200);
  });
});
