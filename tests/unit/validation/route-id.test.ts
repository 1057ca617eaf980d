// Route ids are checked once (lib/validation/route-id.ts): a UUID passes, anything else is a 404.
import { describe, expect, it } from 'vitest';
import { isRouteId } from '@/lib/validation/route-id';

describe('isRouteId', () => {
  it('accepts a UUID as PostgreSQL makes them, in either case', () => {
    expect(isRouteId('3f2b8c1e-4d5a-4e6f-9a7b-1c2d3e4f5a6b')).toBe(true);
    expect(isRouteId('3F2B8C1E-4D5A-4E6F-9A7B-1C2D3E4F5A6B')).toBe(true);
  });

  it('refuses slugs, truncated ids and injected text', () => {
    for (const value of ['netvaerksmoede-i-hersted', '3f2b8c1e-4d5a-4e6f-9a7b', '', "3f2b8c1e-4d5a-4e6f-9a7b-1c2d3e4f5a6b' or 1=1"]) {
      expect(isRouteId(value)).toBe(false);
    }
  });
});
