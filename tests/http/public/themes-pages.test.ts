// /themes a page at a time: page 1 is /themes itself, further pages have their own cached
// address, and anything else is not a page. The home page lists only the newest themes.
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

describe('the themes pages', () => {
  it('refuses page numbers that are not pages: 1 (that is /themes), words, and pages past the end', async () => {
    for (const path of ['/themes/page/1', '/themes/page/abc', '/themes/page/9999', '/themes/category/local/page/1', '/themes/category/vaaben/page/2']) {
      expect((await fetch(`${baseUrl}${path}`)).status, path).toBe(404);
    }
    expect((await fetch(`${baseUrl}/themes`)).status).toBe(200);
  });

  it('shows at most six themes on the home page, with a link to all of them', async () => {
    const html = await (await fetch(`${baseUrl}/`)).text();
    const section = html.slice(html.indexOf('id="themes"'), html.indexOf('id="articles"'));
    expect(section.match(/href="\/themes\/[0-9a-f-]{36}"/g)?.length ?? 0).toBeLessThanOrEqual(6);
    expect(section).toContain('href="/themes"');
  });
});
