// The secretariat's CVR imports: a file is parsed into a preview that is stored here, tied to the
// admin who uploaded it, and confirmed once. The confirmed batch is the record of what changed.
import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, tz } from './_columns';
import { users } from './auth';

export type ImportLineOutcome = 'create' | 'update' | 'unchanged' | 'refuse';

export type ImportPreviewLine = {
  line: number;
  outcome: ImportLineOutcome;
  cvr: string;
  name: string;
  /** Message keys (admin.companies.import.reasons.*) for refused lines. */
  reasons?: string[];
  /** The parsed values to write when the batch is confirmed. */
  values?: Record<string, string | number | null>;
};

export const companyImportBatches = pgTable('company_import_batches', {
  id: id(),
  createdById: text('created_by_id').references(() => users.id, { onDelete: 'set null' }),
  fileName: text('file_name').notNull(),
  lines: jsonb('lines').$type<ImportPreviewLine[]>().notNull(),
  /** Counts per outcome, e.g. { create: 3, update: 1, unchanged: 0, refuse: 2 }. */
  summary: jsonb('summary').$type<Record<ImportLineOutcome, number>>().notNull(),
  confirmedAt: tz('confirmed_at'),
  createdAt: createdAt(),
});
