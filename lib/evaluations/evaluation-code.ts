// The evaluation link in the participant email: the attendee's id signed for the purpose
// 'evaluation' (lib/security/signed-token.ts). Worthless to guess, says nothing personal, and
// cannot be used as a ticket or a release link (nor they as this).
import 'server-only';
import type { Locale } from '@/lib/i18n/routing';
import { siteLink } from '@/lib/mail/site-link';
import { readCode, signCode } from '@/lib/security/signed-token';

const PURPOSE = 'evaluation';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const evaluationCode = (attendeeId: string) => signCode(PURPOSE, attendeeId);

/** The attendee id the code was signed for; null for a forged, damaged or other-purpose code. */
export function readEvaluationCode(code: string | null | undefined): string | null {
  const subject = readCode(PURPOSE, code);
  return subject && UUID.test(subject) ? subject : null;
}

export function evaluationUrl(attendeeId: string, locale: Locale) {
  return siteLink(locale, `/evaluation?code=${encodeURIComponent(evaluationCode(attendeeId))}`);
}
