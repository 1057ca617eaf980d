'use server';
// Server actions of the company directory: thin wrappers around the commands.
import { refresh } from 'next/cache';
import { getDb } from '@/db/client';
import { formAction } from '@/lib/actions/wrappers';
import { fieldRefusal } from '@/lib/admin/refusals';
import { redirect } from '@/lib/i18n/navigation';
import { directoryActions } from './action-declarations';
import { confirmImport } from './confirm-import';
import { previewImport } from './preview-import';
import { MAX_EXTRACT_BYTES } from './schema';
import { updateDirectoryEntry } from './update-directory-entry';

const declared = directoryActions.actions;

export const previewImportAction = formAction(declared.previewImportAction, async ({ file, locale }, { user }) => {
  if (file.size > MAX_EXTRACT_BYTES) fieldRefusal({ file: { key: 'fileTooLarge', values: { kilobytes: MAX_EXTRACT_BYTES / 1024 } } });
  if (file.size === 0) fieldRefusal({ file: 'emptyFile' });
  const { batchId } = await previewImport(await getDb(), user, { fileName: file.name, text: await file.text() }, { now: new Date() });
  redirect({ href: { pathname: '/admin/companies/import', query: { batch: batchId } }, locale });
});

export const confirmImportAction = formAction(declared.confirmImportAction, async ({ batchId, locale }, { user }) => {
  const outcome = await confirmImport(await getDb(), user, { batchId }, { now: new Date() });
  redirect({
    href: { pathname: '/admin/companies/import', query: { batch: batchId, created: String(outcome.created), updated: String(outcome.updated) } },
    locale,
  });
});

export const saveDirectoryEntryAction = formAction(declared.saveDirectoryEntryAction, async (input, { user }) => {
  const result = await updateDirectoryEntry(await getDb(), user, input, { now: new Date() });
  refresh();
  return { status: 'success', message: result.changed ? 'directorySaved' : 'directoryUnchanged' };
});
