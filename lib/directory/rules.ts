// The import's rules, pure: what a line of an extract changes on a company that exists.
//
// Who owns a company's directory fields: a company the import created or updated before
// (importedAt set) and that has no members in the portal is "import-owned": the register is its
// source, so every directory field follows the extract. A company that came from the portal or
// was added by hand (importedAt null), or that has members (people who may have typed its
// profile in the portal), is not: the import only FILLS its directory fields that are empty and
// never overwrites what people typed — in particular not the company's name. An empty value in
// the extract never erases anything. Members, verification and the proven domain are never
// touched. The secretariat's own edit (update-directory-entry.ts) of an import-owned company
// lasts until the next import that has a different value.
import type { ExtractLine } from './schema';

export const directoryFields = ['name', 'address', 'postalCode', 'industryCode', 'industry', 'employeesBand', 'email', 'area'] as const;
export type DirectoryField = (typeof directoryFields)[number];
export type DirectoryValues = Record<DirectoryField, string | null>;

/** A line's values as the directory stores them (the area derived from the address). */
export type ImportValues = DirectoryValues & { cvr: string };

export type ExistingCompany = DirectoryValues & { importedAt: Date | null; members: number };

/** The fields a line changes on an existing company: empty when nothing changes. */
export function directoryChanges(existing: ExistingCompany, incoming: DirectoryValues): Partial<DirectoryValues> {
  const importOwned = existing.importedAt !== null && existing.members === 0;
  const changes: Partial<DirectoryValues> = {};
  for (const field of directoryFields) {
    const next = incoming[field];
    if (next === null || next === '') continue;
    const now = existing[field];
    if (now === next) continue;
    if (importOwned || now === null || now === '') changes[field] = next;
  }
  return changes;
}

export function toImportValues(line: ExtractLine, area: string | null): ImportValues {
  return {
    cvr: line.cvr,
    name: line.name,
    address: line.address,
    postalCode: line.postalCode,
    industryCode: line.industryCode,
    industry: line.industry,
    employeesBand: line.employeesBand,
    email: line.email,
    area,
  };
}
