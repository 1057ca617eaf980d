// The briefing as a Word document (.docx) to file in the case system, in municipal order: the
// facts as a table (to, from, date, meeting, case number), then Titel, Resumé, Sagsfremstilling,
// Indstilling, and the chair's name as signatory only when the chair approved it ("Udkast – ikke
// godkendt" before). Built with `docx`; the markdown account becomes headings, bullets and
// paragraphs (plain text: nothing in it is ever HTML). The period report follows the same pattern.
import 'server-only';
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatDate, formatDateTime } from '@/lib/format/copenhagen-time';

export type BriefingDocxLabels = (key: string, values?: Record<string, string | number>) => string;

export type BriefingDocxInput = {
  briefing: { title: string; caseNumber: string; summary: string; body: string; recommendation: string; dispatchedAt: Date | null };
  meeting: { title: string; startsAt: Date };
  settings: { municipality: string; forumName: string; secretariatName: string; reportsTo: string; chairTitle: string } | null;
  /** The chair who approved it; null while it is not approved. */
  signatory: string | null;
  locale: string;
  /** Labels from the 'briefingCase.document' messages. */
  t: BriefingDocxLabels;
  now?: Date;
};

/** Markdown emphasis and links as plain text: **fed** → fed, [tekst](url) → tekst (url). */
export function plainInline(text: string) {
  return text
    .replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, (_m, label: string, url: string) => (url && url !== label ? `${label} (${url})` : label))
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=$|[^\w*])/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1');
}

/** The markdown account as Word paragraphs: ## headings, - and 1. lists, paragraphs. */
export function markdownParagraphs(markdown: string): Paragraph[] {
  const out: Paragraph[] = [];
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length) out.push(new Paragraph({ children: [new TextRun(plainInline(buffer.join(' ')))], spacing: { after: 120 } }));
    buffer = [];
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^[-*+]\s+(.*)$/.exec(line);
    const numbered = /^(\d+)[.)]\s+(.*)$/.exec(line);
    if (!line) {
      flush();
    } else if (heading) {
      flush();
      // The document's own title is Heading 1; the account's sections sit under it.
      const level = heading[1].length <= 2 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_4;
      out.push(new Paragraph({ heading: level, children: [new TextRun(plainInline(heading[2]))] }));
    } else if (bullet) {
      flush();
      out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(plainInline(bullet[1]))] }));
    } else if (numbered) {
      flush();
      out.push(new Paragraph({ indent: { left: 360 }, children: [new TextRun(`${numbered[1]}. ${plainInline(numbered[2])}`)] }));
    } else {
      buffer.push(line);
    }
  }
  flush();
  return out;
}

const textParagraphs = (text: string) =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => new Paragraph({ children: [new TextRun(p.replace(/\s*\r?\n\s*/g, ' '))], spacing: { after: 120 } }));

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: 'A1A1AA' };
const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };

function factsTable(rows: [string, string][]) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({ borders, width: { size: 25, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })] }),
            new TableCell({ borders, width: { size: 75, type: WidthType.PERCENTAGE }, children: [new Paragraph(value)] }),
          ],
        }),
    ),
  });
}

export function briefingDocument({ briefing, meeting, settings, signatory, locale, t, now = new Date() }: BriefingDocxInput): Document {
  const date = formatDate(briefing.dispatchedAt ?? now, locale);
  const facts: [string, string][] = [
    [t('caseNumber'), briefing.caseNumber || t('noCaseNumber')],
    [t('to'), settings?.reportsTo ?? ''],
    [t('from'), settings ? t('fromValue', { forum: settings.forumName, secretariat: settings.secretariatName }) : ''],
    [t('date'), date],
    [t('meeting'), `${meeting.title}, ${formatDateTime(meeting.startsAt, locale)}`],
  ];
  const section = (heading: string, children: Paragraph[]) => [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(heading)] }), ...children];
  const children: (Paragraph | Table)[] = [
    ...(settings ? [new Paragraph({ children: [new TextRun({ text: `${settings.municipality} · ${settings.forumName}`, color: '52525B' })] })] : []),
    ...(signatory ? [] : [new Paragraph({ children: [new TextRun({ text: t('draft'), bold: true, color: '92400E' })] })]),
    ...(briefing.caseNumber ? [new Paragraph({ children: [new TextRun({ text: `${t('caseNumber')} ${briefing.caseNumber}`, bold: true })] })] : []),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(briefing.title)] }),
    factsTable(facts),
    ...section(t('summary'), textParagraphs(briefing.summary)),
    ...section(t('account'), markdownParagraphs(briefing.body)),
    ...(briefing.recommendation.trim() ? section(t('recommendation'), textParagraphs(briefing.recommendation)) : []),
    new Paragraph({ spacing: { before: 480 }, children: [new TextRun(t('regards'))] }),
    ...(signatory
      ? [
          new Paragraph({ spacing: { before: 360 }, children: [new TextRun({ text: signatory, bold: true })] }),
          ...(settings ? [new Paragraph(t('chairRole', { title: settings.chairTitle, forum: settings.forumName }))] : []),
        ]
      : [new Paragraph({ spacing: { before: 360 }, alignment: AlignmentType.LEFT, children: [new TextRun({ text: t('draft'), bold: true })] })]),
  ];
  return new Document({
    creator: settings?.secretariatName ?? 'Erhvervsforum',
    title: briefing.title,
    description: briefing.caseNumber ? `${t('caseNumber')} ${briefing.caseNumber}` : undefined,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{ properties: {}, children }],
  });
}

export async function briefingDocx(input: BriefingDocxInput): Promise<Buffer> {
  return Packer.toBuffer(briefingDocument(input));
}

/** "orientering-00.01.00-A00-1-24-2026-05-12.docx": the case number and the date, safe in a header. */
export function briefingDocxFileName(caseNumber: string, date: Date) {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  const safeCase = caseNumber
    .replace(/æ/gi, (c) => (c === 'æ' ? 'ae' : 'AE'))
    .replace(/ø/gi, (c) => (c === 'ø' ? 'oe' : 'OE'))
    .replace(/å/gi, (c) => (c === 'å' ? 'aa' : 'AA'))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `orientering${safeCase ? `-${safeCase}` : ''}-${day}.docx`;
}
