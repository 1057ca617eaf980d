// The lengths the door's forms allow, shared by the zod schema and the form fields (maxLength).
/** A walk-in's name and company, as long as the admin registration form allows a name. */
export const WALK_IN_MAX = { name: 200, company: 200 } as const;

/** A ticket code is ~90 characters; anything far longer is no ticket (and not worth verifying). */
export const TICKET_CODE_MAX = 500;
