// The hostile-input corpus (tests/support/hostile-inputs.ts) against every server action and
// route handler (hostile-targets.ts). No answer may be a 500; a refused form says why (a field
// error or a message); nothing a visitor sees is markup from the input.
//
// Forms, in two rounds per action:
//  A. every hostile field at once, rotating entries so each entry meets each field once;
//  B. each field with the entries round A let through, the other fields valid, so the entries
//     reach the domain code and the database.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { HttpClient, nextClientAddress, signedInClient } from '../../support/http-client';
import { headerSafeInputs, hostileInputs, type HostileInput } from '../../support/hostile-inputs';
import { builtActions, callFormAction, type BuiltAction } from '../../support/server-actions';
import { isClearRefusal, pool, refusedFields, sendToAction, succeeded, type ActionAnswer } from './hostile-call';
import { actionTargets, routeTargets, type ActionTarget, type Ids, type Who } from './hostile-targets';

const baseUrl = inject('baseUrl');
const CONCURRENCY = 6;
const BODY_LIMIT = 1024 * 1024;

/** A valid CVR number of our own (weights 2,7,6,5,4,3,2,1, sum divisible by 11). */
function validCvr(): string {
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  for (;;) {
    const digits = [1 + Math.floor(Math.random() * 9), ...Array.from({ length: 7 }, () => Math.floor(Math.random() * 10))];
    if (digits.reduce((sum, d, i) => sum + d * weights[i], 0) % 11 === 0) return digits.join('');
  }
}

function actionFor(name: string): BuiltAction {
  const all = builtActions().filter((a) => a.name === name);
  if (!all.length) throw new Error(`no built action ${name}`);
  const action = all[0];
  // Public pages' paths as a browser would post them: no route group, a made-up slug.
  return { ...action, pagePath: action.pagePath.replace('/(public)', '').replace(/\[(slug|category)\]/, 'hostile') };
}

let clients: Record<Exclude<Who, 'public'>, HttpClient>;
let ids: Ids;

beforeAll(async () => {
  const stamp = Date.now();
  const company = await signedInClient(baseUrl, `hostile-${stamp}@firma.test`);
  const admin = await signedInClient(baseUrl, 'erhverv@albertslund.test');
  const chair = await signedInClient(baseUrl, 'borgmester@albertslund.test');
  clients = { company, admin, chair };
  const cvr = validCvr();
  const profile = await callFormAction(company, actionFor('saveProfileAction'), { name: 'Fjendtlig Tester', cvr, companyName: `Fjendtlig ApS ${stamp}`, locale: 'da' });
  expect(profile.headers.get('x-action-redirect'), profile.text.slice(0, 300)).toContain('/portal');

  const proposed = await callFormAction(company, actionFor('proposeThemeAction'), { title: `Tema ${stamp}`, description: 'En beskrivelse, der er lang nok til formularen.', category: 'growth', locale: 'da' });
  expect(proposed.headers.get('x-action-redirect')).toContain('/portal');
  const portal = await (await company.request('/portal')).text();
  const themeId = /\/portal\/themes\/([0-9a-f-]{36})\/edit/.exec(portal)?.[1];

  const meeting = await callFormAction(admin, actionFor('saveMeetingAction'), { locale: 'da', title: `Fjendtligt møde ${stamp}`, startsAt: '2033-03-03T16:00', endsAt: '2033-03-03T18:00', place: 'Rådhuset', capacity: '30' });
  const meetingId = /\/admin\/meetings\/([0-9a-f-]{36})/.exec(meeting.headers.get('x-action-redirect') ?? '')?.[1];
  const item = await sendToAction(admin, actionFor('addAgendaItemAction'), 'form', { meetingId: meetingId!, kind: 'welcome', title: 'Velkomst', durationMinutes: '10' });
  const itemId = (item.state?.data as { itemId?: string } | undefined)?.itemId;
  expect({ themeId, meetingId, itemId }).toEqual({ themeId: expect.any(String), meetingId: expect.any(String), itemId: expect.any(String) });
  ids = { meetingId: meetingId!, themeId: themeId!, itemId: itemId!, cvr };
});

const small = hostileInputs.filter((i) => !i.alone);
const alone = hostileInputs.filter((i) => i.alone);
const hasNul = (values: Iterable<string | boolean>) => [...values].some((v) => typeof v === 'string' && v.includes('\u0000'));

type Failure = { target: string; fields: string; status: number; why: string };

/** What every answer must satisfy, whatever it carried. */
function judge(target: ActionTarget, fields: Record<string, string | boolean>, answer: ActionAnswer, entries: HostileInput[]): string | null {
  const bytes = Object.values(fields).reduce<number>((n, v) => n + Buffer.byteLength(String(v)), 0);
  if (answer.status >= 500) return `answered ${answer.status}`;
  if (bytes >= BODY_LIMIT) return answer.status === 413 ? null : `a body over 1 MB answered ${answer.status}, not 413`;
  if (answer.status !== 200) return `answered ${answer.status}`;
  if (succeeded(answer)) {
    // NUL can never be stored: an answer that succeeded with one was not checked.
    return hasNul(Object.values(fields)) ? 'accepted a NUL character' : null;
  }
  if (!isClearRefusal(answer)) return `refused without a message: ${answer.text.slice(0, 200)}`;
  if (hasNul(Object.values(fields)) && !JSON.stringify(answer.state).includes('controlCharacters')) {
    return 'a NUL character was not refused with the controlCharacters message';
  }
  void entries;
  return null;
}

function clientFor(target: ActionTarget): HttpClient {
  if (target.as === 'public' || target.throwAwayClient) return new HttpClient(baseUrl);
  return clients[target.as];
}

describe('hostile input to every server action', () => {
  it('every action of the build has an entry in the target table', () => {
    const built = new Set(builtActions().map((a) => a.name));
    const listed = new Set(actionTargets.map((t) => t.action));
    expect([...built].filter((n) => !listed.has(n)).sort()).toEqual([]);
    expect([...listed].filter((n) => !built.has(n)).sort()).toEqual([]);
  });

  it('has at least 60 entries in the corpus', () => {
    expect(hostileInputs.length).toBeGreaterThanOrEqual(60);
  });

  it('answers every entry in every field without a 500, refusing with a clear message', { timeout: 600_000 }, async () => {
    const failures: Failure[] = [];
    let requests = 0;
    let successes = 0;
    await pool(actionTargets, 3, async (target) => {
      const action = actionFor(target.action);
      const send = async (fields: Record<string, string | boolean>, entries: HostileInput[]) => {
        requests += 1;
        const headers: Record<string, string> = target.ownClientAddress ? { 'x-forwarded-for': nextClientAddress() } : {};
        const answer = await sendToAction(clientFor(target), action, target.kind, fields, headers);
        if (succeeded(answer)) successes += 1;
        const why = judge(target, fields, answer, entries);
        if (why) failures.push({ target: target.action, fields: entries.map((e) => e.name).join(' | '), status: answer.status, why });
        return answer;
      };

      // Round A: all hostile fields at once; entry (i + j) in field j.
      const accepted = new Map<string, HostileInput[]>(target.fields.map((f) => [f, []]));
      const roundA = small.map((_, i) => i);
      await pool(roundA, CONCURRENCY, async (i) => {
        const fields: Record<string, string | boolean> = { ...target.base(ids) };
        const used: HostileInput[] = [];
        target.fields.forEach((field, j) => {
          const entry = small[(i + j) % small.length];
          fields[field] = entry.value;
          used.push(entry);
        });
        const answer = await send(fields, used);
        // Only zod's verdict tells which values a field accepts (the NUL check answers first).
        if (answer.status !== 200 || hasNul(Object.values(fields))) return;
        const refused = refusedFields(answer);
        const validated = succeeded(answer) || refused.size > 0;
        if (!validated) return;
        target.fields.forEach((field, j) => {
          if (!refused.has(field)) accepted.get(field)!.push(used[j]);
        });
      });
      // The big entries alone, one field each.
      for (const [n, entry] of alone.entries()) {
        const field = target.fields[n % target.fields.length];
        await send({ ...target.base(ids), [field]: entry.value }, [entry]);
      }
      // Round B: what each field accepted, with valid values around it.
      const rounds = Math.max(0, ...[...accepted.values()].map((a) => a.length));
      await pool([...Array(rounds).keys()], CONCURRENCY, async (r) => {
        const fields: Record<string, string | boolean> = { ...target.base(ids) };
        const used: HostileInput[] = [];
        for (const field of target.fields) {
          const list = accepted.get(field)!;
          if (!list.length) continue;
          const entry = list[r % list.length];
          fields[field] = entry.value;
          used.push(entry);
        }
        await send(fields, used);
      });
    });
    console.log(`[hostile] ${requests} action requests, ${successes} accepted, ${failures.length} failures`);
    expect(failures).toEqual([]);
  });
});

describe('hostile input to every route handler and page parameter', () => {
  it('never answers 500', { timeout: 600_000 }, async () => {
    const failures: Failure[] = [];
    let requests = 0;
    await pool(routeTargets, 2, async (target) => {
      const client = target.as === 'public' ? new HttpClient(baseUrl) : clients[target.as];
      const entries = target.inHeader ? headerSafeInputs : hostileInputs.filter((i) => i.value.length < 20_000);
      await pool(entries, CONCURRENCY, async (entry) => {
        const { path, init } = target.request(entry.value, ids);
        requests += 1;
        let status: number;
        try {
          const res = await client.request(path, init);
          status = res.status;
          await res.arrayBuffer();
        } catch (error) {
          failures.push({ target: target.name, fields: entry.name, status: 0, why: `request failed: ${(error as Error).message}` });
          return;
        }
        if (status >= 500) failures.push({ target: target.name, fields: entry.name, status, why: `answered ${status}` });
      });
      // A URL over Node's header limit (16 kB) is refused as too long (431), not with a server error.
      if (!target.inHeader) {
        const { path, init } = target.request('A'.repeat(32 * 1024), ids);
        const res = await client.request(path, init);
        await res.arrayBuffer();
        requests += 1;
        if (res.status >= 500) failures.push({ target: target.name, fields: '32 kB in the URL', status: res.status, why: `answered ${res.status}` });
      }
    });
    console.log(`[hostile] ${requests} route requests, ${failures.length} failures`);
    expect(failures).toEqual([]);
  });
});
