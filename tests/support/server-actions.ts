// Calls server actions of the running app the way the browser does (a POST with the
// Next-Action header), using the action ids of the current build.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HttpClient } from './http-client';

type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };

export type BuiltAction = { id: string; name: string; filename: string; pagePath: string };

/** Every server action of the build, with a page path whose worker holds it. */
export function builtActions(): BuiltAction[] {
  const file = path.resolve(__dirname, '../../.next/server/server-reference-manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node).map(([id, entry]) => {
    // The page with the fewest dynamic segments (route groups are not part of the URL).
    const dynamicSegments = (w: string) => (w.match(/\[/g) ?? []).length;
    const worker = Object.keys(entry.workers).sort((a, b) => dynamicSegments(a) - dynamicSegments(b))[0];
    const pagePath =
      worker
        .replace(/^app\/\[locale\]/, '')
        .replace(/\/page$/, '')
        .replace(/\/\([^)]*\)/g, '')
        .replace(/\[id\]/g, '00000000-0000-4000-8000-000000000000')
        .replace(/\[[^\]]+\]/g, 'x') || '/';
    return { id, name: entry.exportedName ?? '', filename: entry.filename ?? '', pagePath };
  });
}

/** Calls an action with plain arguments and returns the raw RSC answer. */
export async function callAction(client: HttpClient, action: BuiltAction, args: unknown[], headers: Record<string, string> = {}) {
  const res = await client.request(action.pagePath, {
    method: 'POST',
    headers: {
      ...headers,
      'next-action': action.id,
      origin: client.baseUrl,
      accept: 'text/x-component',
      'content-type': 'text/plain;charset=UTF-8',
    },
    body: JSON.stringify(args),
  });
  return { status: res.status, text: await res.text() };
}

/** Calls a form action (previous state, FormData) as React encodes it. */
export async function callFormAction(client: HttpClient, action: BuiltAction, fields: Record<string, string>, headers: Record<string, string> = {}) {
  // As React's encodeReply does: the form's fields first (prefixed "_1_"), then the root
  // arguments naming them ("$K1"); the server resolves the root as soon as it arrives.
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value);
  body.set('0', JSON.stringify([{ status: 'idle' }, '$K1']));
  const res = await client.request(action.pagePath, {
    method: 'POST',
    headers: { ...headers, 'next-action': action.id, origin: client.baseUrl, accept: 'text/x-component' },
    body,
  });
  return { status: res.status, text: await res.text(), headers: res.headers };
}
