// Length limits of a theme proposal, shared by the zod schema and the form's hints (kept apart
// from the schema so the browser bundle does not pull in the database schema).
export const THEME_TITLE = { min: 5, max: 120 } as const;
export const THEME_DESCRIPTION = { min: 20, max: 4000 } as const;
