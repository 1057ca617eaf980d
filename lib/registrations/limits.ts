// How many colleagues one registration may bring (each takes a seat). Shared by the schema and
// the form, apart from zod so the browser bundle stays small.
export const MAX_COLLEAGUES = 10;
