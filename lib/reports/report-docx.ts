// The period report as a Word file (.docx) for the municipality's case system: a letterhead
// block (to, from, date, period), the summary and each table with its heading, A4 with the
// margins of a municipal letter. Built from the same text as the print view (report-tables.ts).
import { BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ForumSettings } from '@/lib/forum/queries';
import { letterhead, type ReportTable, type ReportText, type Translate } from './report-tables';

const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134; // 2 cm in twentieths of a point
const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, { bold = false } = {}) {
  return new TableCell({
    borders,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
  });
}

function table(columns: string[], rows: string[][]) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => cell(c, { bold: true })) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c) => cell(c)) })),
    ],
  });
}

function section(t: ReportTable, emptyText: string) {
  return [
    new Paragraph({ text: t.title, heading: HeadingLevel.HEADING_2, spacing: { before: 360, after: 120 } }),
    ...(t.description ? [new Paragraph({ text: t.description, spacing: { after: 120 } })] : []),
    t.rows.length ? table(t.columns, t.rows) : new Paragraph({ text: emptyText }),
  ];
}

export async function buildReportDocx(
  text: ReportText,
  { t, settings, locale, now = new Date() }: { t: Translate; settings: ForumSettings | null; locale: string; now?: Date },
): Promise<Buffer> {
  const children = [
    ...(settings ? [new Paragraph({ children: [new TextRun({ text: `${settings.municipality} · ${settings.forumName}`, color: '555555' })] })] : []),
    new Paragraph({ text: text.title, heading: HeadingLevel.HEADING_1, spacing: { after: 240 } }),
    summaryTable(letterhead(text, { t, settings, locale, now })),
    ...(text.empty
      ? [new Paragraph({ text: t('empty.title'), heading: HeadingLevel.HEADING_2, spacing: { before: 360 } }), new Paragraph({ text: text.emptyText })]
      : [
          new Paragraph({ text: t('summary.title'), heading: HeadingLevel.HEADING_2, spacing: { before: 360, after: 120 } }),
          summaryTable(text.summary),
          ...text.tables.flatMap((s) => section(s, t('themes.none'))),
        ]),
  ];
  const doc = new Document({
    creator: settings?.secretariatName ?? '',
    title: text.title,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } }, children }],
  });
  return Packer.toBuffer(doc);
}

/** Label and value in two columns, without a header row (the letterhead, the summary). */
function summaryTable(rows: [string, string][]) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(([label, value]) => new TableRow({ cantSplit: true, children: [cell(label, { bold: true }), cell(value)] })),
  });
}
