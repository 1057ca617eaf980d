// An action's declaration: who may take it (access), what its input must be (a zod schema from
// the domain's schema.ts) and which fields take free text. Each domain declares its actions once,
// in action-declarations.ts beside its 'use server' file (which may export only async functions,
// so the declarations cannot live there). The action wrappers read the access and the schema
// from the declaration, and the tests derive from the same declarations what they used to keep
// by hand: the access matrix's rows, the hostile-input targets and the admin gate's list.
import type { z } from 'zod';
import type { Access } from '@/lib/auth/access';

export type ActionDeclaration = {
  /** A permission, any signed-in user ('signed-in'), or anybody ('public'). */
  readonly access: Access;
  /** 'form': a form action for useActionState (previous state, FormData); 'call': one plain object. */
  readonly kind: 'form' | 'call';
  readonly schema: z.ZodType;
  /** The fields a person types prose into (names, titles, descriptions, notes). */
  readonly freeText: readonly string[];
  /** Repeated form fields read beside the schema (a group of checkboxes): every value counts. */
  readonly lists?: readonly string[];
  /** Accepting it ends the caller's session (signing out). */
  readonly endsSession?: true;
};

export type FormActionDeclaration = ActionDeclaration & { readonly kind: 'form' };
export type CallActionDeclaration = ActionDeclaration & { readonly kind: 'call' };

/** The actions of one 'use server' file, keyed by their exported names. */
export type DeclaredActions<T extends Record<string, ActionDeclaration> = Record<string, ActionDeclaration>> = {
  readonly file: string;
  readonly actions: T;
};

/**
 * Declares the actions of the 'use server' file at `file` (its path from the repository root).
 * The access matrix fails for an export of that file without a declaration, and for a
 * declaration without an export.
 */
export function declareActions<const T extends Record<string, ActionDeclaration>>(file: string, actions: T): DeclaredActions<T> {
  return { file, actions };
}
