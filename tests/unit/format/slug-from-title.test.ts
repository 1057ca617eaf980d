// One slug maker for meetings and articles (lib/format/slug-from-title.ts).
import { describe, expect, it } from 'vitest';
import { SLUG_MAX, SLUG_PATTERN, slugFromTitle } from '@/lib/format/slug-from-title';

describe('slugFromTitle', () => {
  it('spells out Danish letters and reads "&" as "og"', () => {
    expect(slugFromTitle('Grøn vækst & Åbne døre i Hersted')).toBe('groen-vaekst-og-aabne-doere-i-hersted');
    expect(slugFromTitle('ÆBLE, Øl og Å')).toBe('aeble-oel-og-aa');
  });

  it('gives nothing for a title without letters or digits, so the caller picks a fallback', () => {
    expect(slugFromTitle('!!!')).toBe('');
  });

  it('cuts at the given length without leaving a trailing dash', () => {
    const long = slugFromTitle('ord '.repeat(60));
    expect(long.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(long).toMatch(SLUG_PATTERN);
    expect(slugFromTitle('Netværk for virksomheder i Albertslund', 12)).toBe('netvaerk-for');
  });
});
