// The links in a council member's invitation that answer it (coming / not coming) without
// signing in. The code names the meeting and the member; the landing page asks for a confirming
// click, so a mail scanner that opens the link answers nothing.
import 'server-only';
import type { CouncilAnswer } from '@/db/schema';
import type { Locale } from '@/lib/i18n/routing';
import { siteLink } from '@/lib/mail/site-link';
import { readCode, signCode } from '@/lib/security/signed-token';

const PURPOSE = 'council-rsvp';

export function councilRsvpCode(meetingId: string, userId: string): string {
  return signCode(PURPOSE, `${meetingId}:${userId}`);
}

/** The meeting and member a code was made for, or null when it is forged. */
export function readCouncilRsvpCode(code: string | null | undefined): { meetingId: string; userId: string } | null {
  const subject = readCode(PURPOSE, code);
  const [meetingId, userId] = subject?.split(':') ?? [];
  return meetingId && userId ? { meetingId, userId } : null;
}

export function councilRsvpLink(locale: Locale, meetingId: string, userId: string, answer: CouncilAnswer): string {
  const code = encodeURIComponent(councilRsvpCode(meetingId, userId));
  return siteLink(locale, `/council/rsvp?code=${code}&answer=${answer}`);
}
