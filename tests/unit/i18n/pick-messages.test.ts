import { describe, expect, it } from 'vitest';
import { loadMessages } from '@/lib/i18n/messages';
import { pickMessages } from '@/lib/i18n/pick-messages';

describe('pickMessages', () => {
  const messages = { common: { save: 'Gem' }, admin: { themes: { title: 'Temaer' }, audit: { title: 'Log' } }, themes: { categories: { a: 'A' }, support: { b: 'B' } } };

  it('sends the named parts, nested as in the source, and nothing else', () => {
    expect(pickMessages(messages, ['common', 'admin.themes', 'themes.categories'])).toEqual({
      common: { save: 'Gem' },
      admin: { themes: { title: 'Temaer' } },
      themes: { categories: { a: 'A' } },
    });
  });

  it('refuses a path that names no texts, instead of leaving a page showing message keys', () => {
    expect(() => pickMessages(messages, ['admin.theme'])).toThrow(/admin\.theme/);
  });

  it('finds every path the app sends, in both languages', async () => {
    const { readFileSync } = await import('node:fs');
    const { execSync } = await import('node:child_process');
    // Every `paths={[...]}` and client-text list in app/: each path must exist in Danish and English.
    const files = execSync("grep -rl \"ClientMessages\\|ClientTexts\" app", { encoding: 'utf8' }).trim().split('\n');
    const paths = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const list of text.matchAll(/(?:paths=\{|ClientTexts = |Basics = )\[([^\]]*)\]/g)) {
        for (const item of list[1].matchAll(/'([a-zA-Z.]+)'/g)) paths.add(item[1]);
      }
    }
    expect(paths.size).toBeGreaterThan(15);
    for (const locale of ['da', 'en'] as const) {
      const all = loadMessages(locale) as unknown as Record<string, unknown>;
      for (const path of paths) expect(() => pickMessages(all, [path]), `${locale}: ${path}`).not.toThrow();
    }
  });
});
