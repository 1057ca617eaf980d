// First Load JS of a route: the JavaScript a browser downloads to show and hydrate it, taken from
// the page itself (every module <script src> of /_next/static; the nomodule polyfills are left out,
// as `next build` used to), each file gzipped as a server would send it. Next 16's build no longer
// prints these sizes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type FirstLoad = { files: number; gzipBytes: number; chunks: Set<string> };

export async function firstLoadJs(baseUrl: string, route: string, distDir = '.next-bench'): Promise<FirstLoad> {
  const html = await (await fetch(baseUrl + route)).text();
  const chunks = new Set<string>();
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    if (/\bnoModule\b|\bnomodule\b/.test(tag)) continue;
    const src = /\bsrc="\/_next\/(static\/[^"?]+\.js)/.exec(tag)?.[1];
    if (src) chunks.add(src);
  }
  let gzipBytes = 0;
  for (const file of chunks) gzipBytes += gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length;
  return { files: chunks.size, gzipBytes, chunks };
}
