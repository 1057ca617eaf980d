// Sends one hostile request to a server action and reads what came back: the HTTP status and
// the action's answer (form state or ActionResult) decoded from the RSC stream.
import { HttpClient } from '../../support/http-client';
import { callAction, callFormAction, type BuiltAction } from '../../support/server-actions';

export type ActionAnswer = {
  status: number;
  redirect: string | null;
  state: Record<string, unknown> | null;
  text: string;
};

/** The rows of an RSC answer: `<id>:<json>\n`, or `<id>:T<hex byte length>,<text>` (no newline). */
function rscRows(text: string): Map<string, string> {
  const bytes = Buffer.from(text);
  const rows = new Map<string, string>();
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(0x3a, at);
    if (colon < 0) break;
    const id = bytes.subarray(at, colon).toString();
    if (bytes[colon + 1] === 0x54 /* T */) {
      const comma = bytes.indexOf(0x2c, colon);
      const length = parseInt(bytes.subarray(colon + 2, comma).toString(), 16);
      rows.set(id, bytes.subarray(comma + 1, comma + 1 + length).toString());
      at = comma + 1 + length;
    } else {
      const end = bytes.indexOf(0x0a, colon);
      const stop = end < 0 ? bytes.length : end;
      rows.set(id, bytes.subarray(colon + 1, stop).toString());
      at = stop + 1;
    }
  }
  return rows;
}

/** The action's return value: the RSC row holding an object with `status` or `ok`. */
export function actionState(text: string): Record<string, unknown> | null {
  for (const row of rscRows(text).values()) {
    if (!row.startsWith('{')) continue;
    try {
      const value = JSON.parse(row) as Record<string, unknown>;
      if ('status' in value || 'ok' in value) return value;
    } catch {
      // another row kind
    }
  }
  return null;
}

export async function sendToAction(
  client: HttpClient,
  action: BuiltAction,
  kind: 'form' | 'call',
  fields: Record<string, string | boolean>,
  headers: Record<string, string> = {},
): Promise<ActionAnswer> {
  const res =
    kind === 'form'
      ? await callFormAction(client, action, Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v)])), headers)
      : await callAction(client, action, [fields], headers);
  return {
    status: res.status,
    redirect: 'headers' in res ? (res.headers as Headers).get('x-action-redirect') : null,
    state: actionState(res.text),
    text: res.text,
  };
}

/** Field names the answer refused (zod or the NUL check). */
export function refusedFields(answer: ActionAnswer): Set<string> {
  const errors = (answer.state?.fieldErrors ?? {}) as Record<string, unknown>;
  return new Set(Object.keys(errors));
}

/** A refusal the person can read: a form-level message or a field error. */
export function isClearRefusal(answer: ActionAnswer): boolean {
  const s = answer.state;
  if (!s) return false;
  if (s.status === 'error') return typeof s.message === 'string' || Boolean(s.fieldErrors && Object.keys(s.fieldErrors).length);
  if (s.ok === false) return typeof s.error === 'string';
  return false;
}

export function succeeded(answer: ActionAnswer): boolean {
  return Boolean(answer.redirect) || answer.state?.status === 'success' || answer.state?.ok === true;
}

/** Runs tasks with at most `limit` in flight. */
export async function pool<T>(items: T[], limit: number, run: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await run(items[next++]);
    }),
  );
}
