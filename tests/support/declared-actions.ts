/// <reference types="vite/client" />
// Every server action the domains declare (lib/<domain>/action-declarations.ts, see
// lib/actions/declare.ts), found by file name: the access matrix, the hostile-input targets and the
// admin gate test are derived from these declarations, so adding an action touches its domain only.
import type { ActionDeclaration, DeclaredActions } from '@/lib/actions/declare';

const modules = import.meta.glob<Record<string, unknown>>('/lib/**/*action-declarations.ts', { eager: true });

/** A declaration with where it lives: the 'use server' file, the export, and the declarations module. */
export type DeclaredAction = ActionDeclaration & { file: string; name: string; key: string; declaredIn: string };

const isGroup = (value: unknown): value is DeclaredActions =>
  typeof value === 'object' && value !== null && 'file' in value && 'actions' in value;

export const declaredActions: DeclaredAction[] = Object.entries(modules)
  .flatMap(([module, exports]) => Object.values(exports).filter(isGroup).map((group) => ({ group, declaredIn: module.replace(/^\//, '') })))
  .flatMap(({ group, declaredIn }) =>
    Object.entries(group.actions).map(([name, d]) => ({ ...d, file: group.file, name, key: `${group.file}#${name}`, declaredIn })),
  )
  .sort((a, b) => a.key.localeCompare(b.key));

/** The fields of the action's input: its schema's keys and the repeated fields read beside it. */
export function declaredFields(action: DeclaredAction): string[] {
  const shape = (action.schema as { shape?: Record<string, unknown> }).shape;
  if (!shape) throw new Error(`${action.key}: declare an object schema, so its fields can be read`);
  return [...Object.keys(shape), ...(action.lists ?? [])];
}
