// The codes an attendee carries: the ticket (the QR code scanned at the door) and the link that
// releases their seat. Each is the attendee's id and ticket version, signed for its purpose
// (lib/security/signed-token.ts): worthless to guess, says nothing personal, and stops working
// when the seat passes to someone else (the version is raised) or is given up.
import 'server-only';
import { readCode, signCode } from '@/lib/security/signed-token';
import { getEnv } from '@/lib/env';
import type { Locale } from '@/lib/i18n/routing';
import { siteLink } from '@/lib/mail/site-link';

type TicketHolder = { id: string; ticketVersion: number };
type CodePurpose = 'ticket' | 'release-seat';

function sign(purpose: CodePurpose, attendee: TicketHolder) {
  return signCode(purpose, `${attendee.id}:${attendee.ticketVersion}`);
}

function read(purpose: CodePurpose, code: string | null | undefined): TicketHolder | null {
  const subject = readCode(purpose, code);
  const match = subject?.match(/^([0-9a-f-]{36}):(\d{1,6})$/);
  if (!match) return null;
  return { id: match[1], ticketVersion: Number(match[2]) };
}

export const ticketCode = (attendee: TicketHolder) => sign('ticket', attendee);
/** Null for a forged or damaged code; the caller still checks the version against the row. */
export const readTicketCode = (code: string | null | undefined) => read('ticket', code);

export const releaseCode = (attendee: TicketHolder) => sign('release-seat', attendee);
export const readReleaseCode = (code: string | null | undefined) => read('release-seat', code);

/** The PNG of a ticket's QR code (app/api/tickets/qr/route.ts), for emails and the portal. */
export function ticketQrPath(attendee: TicketHolder) {
  return `/api/tickets/qr?code=${encodeURIComponent(ticketCode(attendee))}`;
}

/** The absolute QR image address for an email. */
export function ticketQrUrl(attendee: TicketHolder) {
  return new URL(ticketQrPath(attendee), getEnv().SITE_URL).toString();
}

/** The page with the confirming button that gives up the seat (works without signing in). */
export function releaseSeatUrl(attendee: TicketHolder, locale: Locale) {
  return siteLink(locale, `/release-seat?code=${encodeURIComponent(releaseCode(attendee))}`);
}
