// Addresses anyone can get for free prove nothing about who works where: they never make a
// domain "proven" for a company. The one list, used by the automatic approval and by the
// secretariat's proven-domain form alike.
export const freeMailDomains = new Set([
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.dk',
  'outlook.com',
  'outlook.dk',
  'live.com',
  'live.dk',
  'msn.com',
  'yahoo.com',
  'yahoo.dk',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'gmx.com',
  'gmx.net',
  'proton.me',
  'protonmail.com',
  'mail.dk',
  'jubii.dk',
  'ofir.dk',
  'sol.dk',
  'get2net.dk',
  'webspeed.dk',
  'stofanet.dk',
  'youmail.dk',
  'post.tele.dk',
]);

/** The domain of an address, lower-cased: "Anna@Firma.DK" → "firma.dk". */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).trim().toLowerCase();
}

export function isFreeMailDomain(domain: string): boolean {
  return freeMailDomains.has(domain.trim().toLowerCase());
}
