// The evaluation link in the participant email, which is rendered once per language and sent to
// many (lib/mail/prepare-bulk.ts): the template gets a placeholder, and each recipient's row gets
// their own signed link in its place, the way the unsubscribe link is put in. The row's
// idempotency key and everything else stay as the bulk sending made them.
import 'server-only';
import type { PreparedEmail } from '@/lib/mail/send-email';
import type { Locale } from '@/lib/i18n/routing';
import { withLinkInPlaceOf } from '@/lib/mail/link-placeholder';
import { siteLink } from '@/lib/mail/site-link';
import { evaluationUrl } from './evaluation-code';

export const EVALUATION_LINK_PLACEHOLDER = 'https://evaluation.invalid/__ATTENDEE__';

/** The row with this attendee's own evaluation link in place of the placeholder. */
export function withEvaluationLink(email: PreparedEmail, attendeeId: string, locale: Locale): PreparedEmail {
  return withLinkInPlaceOf(email, EVALUATION_LINK_PLACEHOLDER, evaluationUrl(attendeeId, locale));
}

/** What the admin's test email shows: the page's address with a sample code (it opens as invalid). */
export const sampleEvaluationUrl = (locale: Locale) => siteLink(locale, '/evaluation?code=eksempel');
