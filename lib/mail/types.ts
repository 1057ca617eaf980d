import type { ReactElement } from 'react';

/** A translator bound to the 'email' namespace in the recipient's language. */
export type EmailT = (key: string, values?: Record<string, string | number>) => string;

export type RenderedEmail = { subject: string; element: ReactElement };
