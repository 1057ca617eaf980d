// Danish is the default; every page exists in English under /en, with a link to switch.
import { describe, expect, inject, it } from 'vitest';
import { HttpClient } from '../support/http-client';

const baseUrl = inject('baseUrl');

describe('languages', () => {
  it('shows the forum in Danish at / with a link to the English page', async () => {
    const res = await new HttpClient(baseUrl).request('/');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('<html lang="da"');
    expect(html).toContain('Næste møde');
    expect(html).toMatch(/href="\/en"[^>]*>English</);
  });

  it('shows the same page in English at /en with a link back to Danish', async () => {
    const res = await new HttpClient(baseUrl).request('/en/about');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('Terms of reference and action plan');
    expect(html).toMatch(/href="\/(da\/)?about"[^>]*>Dansk</);
  });

  it('shows the terms of reference with the chair and the committee from the seed', async () => {
    const html = await (await new HttpClient(baseUrl).request('/about')).text();
    expect(html).toContain('Borgmester Steen Christiansen er formand for forummet');
    expect(html).toContain('Økonomiudvalget');
    expect(html).toContain('Nordmarks Allé 1');
  });
});
