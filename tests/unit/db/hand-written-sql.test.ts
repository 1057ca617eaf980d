// Hand-written SQL is where the admin meetings list went wrong: a correlated subquery inside a
// sql`` fragment, in a single-table select, lost its table names when Drizzle wrote it out
// (`meeting_id = id` compared registrations with itself) and every meeting showed 0 seats.
// These checks keep that kind of fragment out of the code: subqueries are built with Drizzle's
// query builder (joins, grouped subqueries, inArray), and the seat sum is written once.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(entry.name) ? [rel] : [];
  });
}

/** Every sql`…` template in a file, with what comes just before it. */
function sqlTemplates(source: string) {
  const found: { before: string; text: string }[] = [];
  const start = /\bsql(?:<[^>`]*>)?`/g;
  for (let m = start.exec(source); m; m = start.exec(source)) {
    let i = m.index + m[0].length;
    let depth = 0;
    // Walk to the closing backtick, skipping ${…} (which may hold nested templates).
    for (; i < source.length; i++) {
      const c = source[i];
      if (c === '$' && source[i + 1] === '{') { depth++; i++; continue; }
      if (c === '}' && depth > 0) { depth--; continue; }
      if (c === '`' && depth === 0) break;
    }
    found.push({ before: source.slice(Math.max(0, m.index - 12), m.index), text: source.slice(m.index, i + 1) });
    start.lastIndex = m.index + m[0].length;
  }
  return found;
}

const files = [...sourceFiles('lib'), ...sourceFiles('app'), ...sourceFiles('db')];

describe('hand-written SQL', () => {
  it('has no subquery inside a sql`` fragment (whole statements run with execute() are fine)', () => {
    const offenders = files.flatMap((file) =>
      sqlTemplates(readFileSync(path.join(root, file), 'utf8'))
        .filter((t) => /\(\s*select\b|\bexists\s*\(/i.test(t.text) && !/execute\($/.test(t.before))
        .map((t) => `${file}: ${t.text.slice(0, 120)}`),
    );
    expect(offenders).toEqual([]);
  });

  it('writes the seat sum (1 + colleagues) in SQL only in lib/registrations/seats.ts', () => {
    const offenders = files.filter(
      (file) => file !== path.join('lib', 'registrations', 'seats.ts') && /1\s*\+\s*\$\{\s*registrations\.colleagues/.test(readFileSync(path.join(root, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
