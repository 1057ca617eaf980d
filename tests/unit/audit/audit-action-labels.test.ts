// The audit log reads like a page for people: every action the code records and every kind of
// record it names has words in both languages, so no entry shows a raw "theme.merge".
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMessages } from '@/lib/i18n/messages';

const root = path.resolve(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

const sources = sourceFiles(path.join(root, 'lib')).map((file) => readFileSync(file, 'utf8'));

/** Action names written out (`action: 'theme.merge'`, also in conditionals) next to recordAudit. */
const recordedActions = new Set(
  sources
    .filter((text) => text.includes('recordAudit('))
    .flatMap((text) => [...text.matchAll(/\baction: ([^,}\n]+)/g)].flatMap((m) => [...m[1].matchAll(/'([a-z]+\.[a-z-]+)'/g)].map((n) => n[1]))),
);
// Built from a variable: `theme.${decision}`, `meeting.${input.change}`.
for (const name of ['theme.accept', 'theme.reject', 'meeting.publish', 'meeting.unpublish', 'meeting.cancel']) recordedActions.add(name);

const entityTypes = new Set(sources.flatMap((text) => [...text.matchAll(/\bentityType: '([a-z_]+)'/g)].map((m) => m[1])));

function lookup(tree: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), tree);
}

describe('audit log labels', () => {
  it('finds the recorded actions in the code', () => {
    expect(recordedActions.size).toBeGreaterThan(20);
    expect(recordedActions).toContain('theme.merge');
    expect(recordedActions).toContain('registration.attend');
  });

  for (const locale of ['da', 'en'] as const) {
    it(`names every recorded action and record type in words (${locale})`, () => {
      const audit = loadMessages(locale).admin.audit;
      const missingActions = [...recordedActions].filter((name) => typeof lookup(audit.actions, name) !== 'string');
      const missingTypes = [...entityTypes].filter((type) => typeof lookup(audit.types, type) !== 'string');
      expect({ missingActions, missingTypes }).toEqual({ missingActions: [], missingTypes: [] });
    });
  }
});
