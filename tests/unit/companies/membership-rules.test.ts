// When a person's address alone is proof enough to join a company, and who decides otherwise.
import { describe, expect, it } from 'vitest';
import { emailDomain, isFreeMailDomain } from '@/lib/companies/free-mail-domains';
import { approvesAutomatically, membersMayDecide, provenDomains } from '@/lib/companies/rules';

const verified = { verifiedAt: new Date(), provenDomain: null };
const unverified = { verifiedAt: null, provenDomain: null };

describe('membership rules', () => {
  it('reads the domain of an address in lower case', () => {
    expect(emailDomain('Anna.Berg@Firma.DK')).toBe('firma.dk');
  });

  it('knows the free-mail domains the issue names', () => {
    for (const d of ['gmail.com', 'hotmail.com', 'outlook.dk', 'yahoo.com', 'live.dk', 'icloud.com', 'mail.dk', 'jubii.dk']) {
      expect(isFreeMailDomain(d), d).toBe(true);
    }
    expect(isFreeMailDomain('albertslund.dk')).toBe(false);
  });

  it("proves a member's domain only for a verified company, and never a free-mail one", () => {
    expect(approvesAutomatically('ny@firma.dk', verified, ['ejer@firma.dk'])).toBe(true);
    expect(approvesAutomatically('ny@firma.dk', unverified, ['ejer@firma.dk'])).toBe(false);
    expect(approvesAutomatically('ny@gmail.com', verified, ['ejer@gmail.com'])).toBe(false);
    expect(approvesAutomatically('ny@andet.dk', verified, ['ejer@firma.dk'])).toBe(false);
    // A look-alike subdomain is another domain.
    expect(approvesAutomatically('ny@evil.firma.dk', verified, ['ejer@firma.dk'])).toBe(false);
  });

  it("counts the secretariat's domain even before verification, but not a free-mail one", () => {
    expect(approvesAutomatically('ny@firma.dk', { verifiedAt: null, provenDomain: 'firma.dk' }, [])).toBe(true);
    expect(provenDomains({ verifiedAt: null, provenDomain: 'gmail.com' }, [])).toEqual(new Set());
  });

  it('lets members decide only for a verified company with members', () => {
    expect(membersMayDecide(verified, 1)).toBe(true);
    expect(membersMayDecide(verified, 0)).toBe(false);
    expect(membersMayDecide(unverified, 3)).toBe(false);
  });
});
