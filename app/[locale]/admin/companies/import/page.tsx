import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { z } from 'zod';
import { Notice } from '@/app/_components/ui/notice';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import type { ImportLineOutcome, ImportPreviewLine } from '@/db/schema/directory';
import { requirePageAccess } from '@/lib/auth/gate';
import { confirmImportAction, previewImportAction } from '@/lib/directory/actions';
import { readImportBatch } from '@/lib/directory/queries';
import { MAX_EXTRACT_BYTES } from '@/lib/directory/schema';
import { formatDateTime } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';
import { withRuntimeKeys } from '@/lib/i18n/runtime-key';
import { ConfirmAction } from '../../_components/confirm-action';
import { UploadForm } from './upload-form';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The most lines of one kind the preview lists (the counts are always complete). */
const SHOWN_PER_GROUP = 100;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'directory.import' });
  return { title: t('title'), robots: { index: false } };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The CVR import: upload a file, see what it would do, confirm it once. */
export default async function ImportCompaniesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageAccess('company.manage', '/admin/companies/import');
  const t = await getTranslations('directory.import');
  const query = await searchParams;
  const batchId = z.uuid().safeParse(one(query.batch));
  const batch = batchId.success ? await readImportBatch(await getDb(), user.id, batchId.data) : null;
  const created = Number(one(query.created));
  const updated = Number(one(query.updated));
  const justConfirmed = batch?.confirmedAt && Number.isInteger(created) && Number.isInteger(updated);

  return (
    <>
      <p className="mb-2">
        <Link href="/admin/companies" className="underline">{(await getTranslations('admin.companies'))('back')}</Link>
      </p>
      <PageHeader title={t('title')} intro={t('intro')} />

      {one(query.batch) && !batch ? (
        <div className="mb-6"><Notice tone="error">{t('notFound')}</Notice></div>
      ) : null}

      {batch ? (
        <section aria-labelledby="import-preview" className="mb-10">
          <h2 id="import-preview" className="mb-2 text-2xl font-bold">{t('previewTitle')}</h2>
          <p className="mb-4 text-muted">{t('previewOf', { fileName: batch.fileName, date: formatDateTime(batch.createdAt, locale) })}</p>
          {justConfirmed ? (
            <div className="mb-4"><Notice tone="success">{t('confirmed', { created, updated })}</Notice></div>
          ) : null}
          <ul className="mb-6 grid grid-cols-1 gap-2 sm:grid-cols-2" data-testid="import-counts">
            {(['create', 'update', 'unchanged', 'refuse'] as const).map((o) => (
              <li key={o} className="rounded-md border border-zinc-300 p-3 font-semibold">{t(`counts.${o}`, { count: batch.summary[o] ?? 0 })}</li>
            ))}
          </ul>
          {(['refuse', 'create', 'update'] as const).map((o) => (
            <LineGroup key={o} outcome={o} lines={batch.lines.filter((l) => l.outcome === o)} t={t} />
          ))}
          {batch.confirmedAt ? (
            <>
              {justConfirmed ? null : <p className="mb-4 font-semibold">{t('confirmedOn', { date: formatDateTime(batch.confirmedAt, locale) })}</p>}
              <p><Link href="/admin/companies#directory" className="font-semibold underline">{t('toDirectory')}</Link></p>
            </>
          ) : batch.summary.create + batch.summary.update === 0 ? (
            <p className="mb-4 font-semibold">{t('nothingToDo')}</p>
          ) : (
            <ConfirmAction
              action={confirmImportAction}
              hidden={{ batchId: batch.id, confirmed: 'yes', locale }}
              label={t('confirm')}
              question={t('confirmQuestion', { create: batch.summary.create, update: batch.summary.update })}
              confirmLabel={t('confirmYes')}
              variant="primary"
            />
          )}
        </section>
      ) : null}

      <section aria-labelledby="import-upload" className="max-w-3xl">
        <h2 id="import-upload" className="mb-2 text-2xl font-bold">{batch ? t('another') : t('uploadTitle')}</h2>
        <p className="mb-2">{t('columnsHelp')}</p>
        <p className="mb-2">{t('policy')}</p>
        <p className="mb-4">
          <a href="/api/admin/companies/import-sample" download className="font-semibold underline">{t('sample')}</a>
        </p>
        <UploadForm action={previewImportAction} maxBytes={MAX_EXTRACT_BYTES} />
      </section>
    </>
  );
}

function LineGroup({ outcome, lines, t }: { outcome: Exclude<ImportLineOutcome, 'unchanged'>; lines: ImportPreviewLine[]; t: Awaited<ReturnType<typeof getTranslations<'directory.import'>>> }) {
  if (lines.length === 0) return null;
  const shown = lines.slice(0, SHOWN_PER_GROUP);
  const headingId = `import-${outcome}`;
  return (
    <section aria-labelledby={headingId} className="mb-6">
      <h3 id={headingId} className="mb-2 text-xl font-bold">{t(`groups.${outcome}`)} ({lines.length})</h3>
      {lines.length > shown.length ? <p className="mb-2 text-muted">{t('capped', { shown: shown.length, total: lines.length })}</p> : null}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby={headingId}>
        <table className="w-full min-w-[30rem] border-collapse text-left" data-testid={`import-${outcome}`}>
          <thead>
            <tr className="border-b-2 border-zinc-400">
              <th scope="col" className="p-2">{t('columns.line')}</th>
              <th scope="col" className="p-2">{t('columns.cvr')}</th>
              <th scope="col" className="p-2">{t('columns.name')}</th>
              {outcome === 'refuse' ? <th scope="col" className="p-2">{t('columns.reasons')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {shown.map((l) => (
              <tr key={l.line} className="border-b border-zinc-200 align-top">
                <td className="p-2">{l.line}</td>
                <td className="p-2">{l.cvr}</td>
                <td className="p-2">{l.name}</td>
                {outcome === 'refuse' ? (
                  <td className="p-2">{(l.reasons ?? []).map((r) => (withRuntimeKeys(t).has(`reasons.${r}`) ? withRuntimeKeys(t)(`reasons.${r}`) : r)).join(', ')}</td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
