// The period report as a Word file for the case system, through the same gate as the report page.
// A period the form would refuse is refused here too (400), with the field's message.
import { createTranslator } from 'next-intl';
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { guardedRoute } from '@/lib/auth/route';
import { readForumSettings } from '@/lib/forum/queries';
import { loadMessages } from '@/lib/i18n/messages';
import { isLocale, routing } from '@/lib/i18n/routing';
import { withRuntimeKeys } from '@/lib/i18n/runtime-key';
import { readPeriodReport } from '@/lib/reports/queries';
import { buildReportDocx } from '@/lib/reports/report-docx';
import { reportText } from '@/lib/reports/report-tables';
import { currentPeriod } from '@/lib/reports/rules';
import { readPeriod } from '@/lib/reports/schema';

export const dynamic = 'force-dynamic';

export const GET = guardedRoute('followup.manage', async (request) => {
  const params = request.nextUrl.searchParams;
  const requested = params.get('locale');
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  const messages = loadMessages(locale);
  const t = withRuntimeKeys(createTranslator({ locale, messages, namespace: 'reports' }));
  const tThemes = withRuntimeKeys(createTranslator({ locale, messages, namespace: 'themes' }));
  const read = readPeriod({ from: params.get('from') ?? undefined, to: params.get('to') ?? undefined });
  if (read.kind === 'invalid') {
    const errors = Object.fromEntries(Object.entries(read.errors).map(([field, key]) => [field, t(`errors.${key}`)]));
    return NextResponse.json({ error: 'invalid period', fields: errors }, { status: 400, headers: { 'cache-control': 'no-store' } });
  }
  const now = new Date();
  const period = read.kind === 'ok' ? read.period : currentPeriod(now);
  const db = await getDb();
  const [report, settings] = await Promise.all([readPeriodReport(db, period, now), readForumSettings(db)]);
  const text = reportText(report, { t, category: (c) => tThemes(`categories.${c}`), locale });
  const file = await buildReportDocx(text, { t, settings, locale, now });
  return new Response(new Uint8Array(file), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-disposition': `attachment; filename="${t('docx.filename')}-${period.from}-${period.to}.docx"`,
      'cache-control': 'no-store',
    },
  });
});
