// The action declarations (lib/<domain>/action-declarations.ts) against what the code does with
// them: each sits beside its actions, its free-text fields are fields of its schema with a
// maximum length, and the admin area uses admin actions only (and the rest of the app none).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isAdminAction } from '../../support/access-table';
import { declaredActions, declaredFields } from '../../support/declared-actions';

const root = path.resolve(__dirname, '../../..');

/** Which declared actions each file of app/ imports. */
function actionImports(): Map<string, string[]> {
  const names = new Set(declaredActions.map((a) => a.name));
  const found = new Map<string, string[]>();
  for (const file of readdirSync(path.join(root, 'app'), { recursive: true }) as string[]) {
    if (!/\.tsx?$/.test(file)) continue;
    const rel = path.posix.join('app', file.split(path.sep).join('/'));
    const source = readFileSync(path.join(root, rel), 'utf8');
    for (const m of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@\/lib\/[^']+'/g)) {
      const imported = m[1].split(',').map((n) => n.trim().split(/\s+as\s+/)[0]).filter((n) => names.has(n));
      if (imported.length) found.set(rel, [...(found.get(rel) ?? []), ...imported]);
    }
  }
  return found;
}

describe('the action declarations', () => {
  it('finds the declarations of every domain', () => {
    expect(declaredActions.length).toBeGreaterThan(40);
    expect(new Set(declaredActions.map((a) => a.name)).size).toBe(declaredActions.length);
  });

  for (const action of declaredActions) {
    it(`declares ${action.name} beside its actions, with bounded free-text fields of its schema`, () => {
      expect(path.posix.dirname(action.declaredIn)).toBe(path.posix.dirname(action.file));
      const fields = declaredFields(action);
      const inputSchema = z.toJSONSchema(action.schema, { io: 'input', unrepresentable: 'any' }) as {
        properties?: Record<string, { maxLength?: number }>;
      };
      for (const field of action.freeText) {
        expect(fields, `${action.name}: free-text field ${field}`).toContain(field);
        expect(inputSchema.properties?.[field]?.maxLength, `${action.name}: ${field} has no maximum length`).toBeGreaterThan(0);
      }
    });
  }

  it('gives the admin area admin actions only, and the rest of the app none', () => {
    const admin = new Set<string>();
    const elsewhere = new Set<string>();
    for (const [file, names] of actionImports()) {
      for (const name of names) (file.startsWith('app/[locale]/admin/') ? admin : elsewhere).add(name);
    }
    const adminActions = new Set(declaredActions.filter(isAdminAction).map((a) => a.name));
    expect([...admin].filter((n) => !adminActions.has(n)).sort(), 'used by admin pages, open to more than the admins').toEqual([]);
    expect([...elsewhere].filter((n) => adminActions.has(n)).sort(), 'admin actions used outside the admin area').toEqual([]);
    // Every declared action is used by some page (an unused export would be a server endpoint nobody needs).
    expect(declaredActions.map((a) => a.name).filter((n) => !admin.has(n) && !elsewhere.has(n))).toEqual([]);
  });
});
