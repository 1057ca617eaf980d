// The company directory's actions, declared once (see lib/actions/declare.ts): the CVR import
// (upload for a preview, then confirm) and the edit of a company's directory entry.
import { declareActions } from '@/lib/actions/declare';
import { confirmImportSchema, directoryEntrySchema, uploadExtractSchema } from './schema';

export const directoryActions = declareActions('lib/directory/actions.ts', {
  previewImportAction: { access: 'company.manage', kind: 'form', schema: uploadExtractSchema, freeText: [] },
  confirmImportAction: { access: 'company.manage', kind: 'form', schema: confirmImportSchema, freeText: [] },
  saveDirectoryEntryAction: {
    access: 'company.manage',
    kind: 'form',
    schema: directoryEntrySchema,
    freeText: ['name', 'address', 'industry'],
  },
});
