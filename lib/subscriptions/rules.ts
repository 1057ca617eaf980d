// The subscription rules that need no database: how long a confirm link holds, how often one
// address may be sent a confirm email, and what a signed link code says.

/** A confirm link works this many days; a pending subscription never confirmed is deleted after it. */
export const CONFIRM_LINK_DAYS = 7;

/** At most one confirm email per address this often, whoever asks (the form cannot spam a person). */
export const CONFIRM_RESEND_MS = 60 * 60 * 1000;

/** Subscribe requests per client address in the sign-in window (lib/auth/rate-limit.ts). */
export const SUBSCRIBE_PER_CLIENT = 10;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The subject of a confirm code: the address and when the link was made. */
export function confirmSubject(email: string, issuedAt: Date): string {
  return `${email}\n${issuedAt.getTime()}`;
}

/** The address of a confirm code's subject, or null when it is malformed or older than the link's life. */
export function readConfirmSubject(subject: string | null, now: Date): string | null {
  if (!subject) return null;
  const [email, issued] = subject.split('\n');
  const at = Number(issued);
  if (!email || !Number.isFinite(at)) return null;
  if (now.getTime() - at > CONFIRM_LINK_DAYS * DAY_MS || at - now.getTime() > 60_000) return null;
  return email;
}

/** Whether an address may be sent another confirm email now. */
export function mayResendConfirm(lastRequestAt: Date | null, now: Date): boolean {
  return !lastRequestAt || now.getTime() - lastRequestAt.getTime() >= CONFIRM_RESEND_MS;
}

export function pendingCutoff(now: Date): Date {
  return new Date(now.getTime() - CONFIRM_LINK_DAYS * DAY_MS);
}
