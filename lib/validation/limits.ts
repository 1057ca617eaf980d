// The one list of how long each text field may be. The zod schemas' `.max()` and the inputs'
// `maxLength` both read it, so the browser and the server can never disagree; a value past it
// gets the field's own "too long" message. Kept free of zod and the database schema so the
// browser bundle stays small. Email addresses: 254, the longest deliverable address (RFC 5321).
import { MAX_COLLEAGUES } from '@/lib/registrations/limits';
import { THEME_DESCRIPTION, THEME_TITLE } from '@/lib/themes/limits';

export { MAX_COLLEAGUES, THEME_DESCRIPTION, THEME_TITLE };

export const EMAIL_MAX = 254;

export const PROFILE_MAX = {
  name: 120,
  jobTitle: 120,
  phone: 40,
  cvr: 20,
  companyName: 200,
  address: 200,
  postalCode: 4,
  city: 100,
  industry: 120,
  website: 300,
} as const;

export const MEETING_MAX = { title: 200, slug: 100, place: 200, address: 200, description: 10_000 } as const;

export const AGENDA_ITEM_MAX = { title: 200, description: 5000 } as const;

export const SPEAKER_MAX = { name: 200, organisation: 200, title: 200 } as const;

/** The answer a proposer reads (accept, reject, merge, bulk decisions). */
export const MODERATOR_ANSWER_MAX = 2000;

export const FOLLOWUP_MAX = { title: 200, lead: 600, body: 50_000 } as const;

/** The briefing's case fields (Acadre "sagsnr.", "Resumé", "Indstilling") and the chair's comment on a return. */
export const BRIEFING_MAX = { caseNumber: 40, summary: 3_000, recommendation: 3_000, comment: 2_000 } as const;

export const REGISTRATION_NOTE_MAX = 500;

export const MANUAL_REGISTRATION_MAX = { name: 200, companyCvr: PROFILE_MAX.cvr, note: 1000 } as const;
