// Links in emails: one builder (lib/mail/site-link.ts), Danish without a prefix, English under /en.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetEnvForTests } from '@/lib/env';
import { siteLink } from '@/lib/mail/site-link';

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvForTests();
});

describe('siteLink', () => {
  it('links Danish readers without a prefix and English readers under /en', () => {
    vi.stubEnv('SITE_URL', 'https://erhvervsforum.albertslund.dk');
    resetEnvForTests();
    expect(siteLink('da', '/meetings/netvaerk')).toBe('https://erhvervsforum.albertslund.dk/meetings/netvaerk');
    expect(siteLink('en', '/portal')).toBe('https://erhvervsforum.albertslund.dk/en/portal');
  });
});
