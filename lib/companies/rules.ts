// Who decides a request to join a company, and when a person's address alone is proof enough.
// Pure rules, unit-tested; the commands read the rows and ask these.
import { emailDomain, isFreeMailDomain } from './free-mail-domains';

export type CompanyTrust = { verifiedAt: Date | null; provenDomain: string | null };

/**
 * The domains proven for a company: the one the secretariat set, and, once the company is
 * verified, those of its approved members' addresses. Free-mail domains never count.
 */
export function provenDomains(company: CompanyTrust, memberEmails: readonly string[]): Set<string> {
  const domains = new Set<string>();
  if (company.provenDomain) domains.add(company.provenDomain.toLowerCase());
  // Whoever registered an unverified company first must not vouch for anyone.
  if (company.verifiedAt) for (const email of memberEmails) domains.add(emailDomain(email));
  for (const domain of domains) if (isFreeMailDomain(domain)) domains.delete(domain);
  return domains;
}

export function approvesAutomatically(email: string, company: CompanyTrust, memberEmails: readonly string[]): boolean {
  const domain = emailDomain(email);
  if (!domain || isFreeMailDomain(domain)) return false;
  return provenDomains(company, memberEmails).has(domain);
}

/** Members decide only for a verified company that has members; otherwise the secretariat alone. */
export function membersMayDecide(company: CompanyTrust, memberCount: number): boolean {
  return company.verifiedAt !== null && memberCount > 0;
}
