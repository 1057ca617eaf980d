// How long personal data is kept (GDPR art. 5(1)(e)). The privacy page states these periods in
// both languages (messages privacy.json); a unit test keeps the two in step.
/** The body of a sent email (its text, links and attachments) is emptied after this many days. */
export const EMAIL_BODY_RETENTION_DAYS = 90;
/**
 * Audit entries (who changed what in the admin) are kept this many years: the municipality's
 * record of its decisions, like the bookkeeping period of five years.
 */
export const AUDIT_LOG_RETENTION_YEARS = 5;
/** The retention clean-up runs at most this often per instance (from the worker's schedule). */
export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;
/** A CVR import preview nobody confirmed is deleted after this (it holds the whole file). */
export const UNCONFIRMED_IMPORT_RETENTION_DAYS = 1;
/**
 * Notes given with a registration (dietary needs, an allergy: possibly health data) serve the
 * meeting only: emptied this many days after it ended.
 */
export const ATTENDEE_NOTE_RETENTION_DAYS = 30;
/**
 * The names and email addresses of people without an account (colleagues named by a registrant,
 * walk-ins at the door) are blanked this many days after the meeting; the seat stays in the counts.
 */
export const GUEST_DETAILS_RETENTION_DAYS = 180;
