// How long a colleague's name and note may be, shared by the forms (maxLength) and the schemas.
// Apart from zod so the browser bundle stays small.
export const ATTENDEE_MAX = { name: 120, note: 500 } as const;

/** The repeated fields of the registration form, one value per colleague row (in order). */
export const COLLEAGUE_FIELDS = { name: 'colleagueName', email: 'colleagueEmail', note: 'colleagueNote' } as const;
