// The briefing as .docx: unzipped and read back, it carries the case number, the summary, the
// account and recommendation in municipal order under Word's own heading styles, the facts as a
// table with Danish dates, and the chair's name only once the chair approved it.
import { createTranslator } from 'next-intl';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { briefingDocx, briefingDocxFileName } from '@/lib/followups/briefing-docx';
import { briefingSignatory, readFollowup, readBriefingForDocument } from '@/lib/followups/queries';
import { requestBriefingApproval } from '@/lib/followups/request-briefing-approval';
import { readForumSettings } from '@/lib/forum/queries';
import { loadMessages } from '@/lib/i18n/messages';
import { makeUser } from '../../support/fixtures';
import { actorFrom, approveBriefingDraft, makeHeldMeeting } from '../../support/fixtures-followups';

const t = createTranslator({ locale: 'da', messages: loadMessages('da'), namespace: 'briefingCase.document' });
const labels = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);

/** The document's text, paragraph by paragraph, and the styles the paragraphs use. */
function readBack(file: Buffer) {
  const xml = strFromU8(unzipSync(new Uint8Array(file))['word/document.xml']);
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? null,
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((r) => r[1]).join(''),
  }));
  return { xml, paragraphs, text: paragraphs.map((p) => p.text).join('\n') };
}

async function docxOf(meetingId: string) {
  const db = await getDb();
  const row = await readFollowup(db, meetingId, 'briefing');
  const briefing = (await readBriefingForDocument(db, row!.id))!;
  const settings = await readForumSettings(db);
  return briefingDocx({
    briefing,
    meeting: { title: briefing.meetingTitle, startsAt: briefing.meetingStartsAt },
    settings,
    signatory: briefingSignatory(briefing, settings?.chairName),
    locale: 'da',
    t: labels,
    now: new Date('2026-05-12T10:00:00Z'),
  });
}

describe('the briefing as a Word document', () => {
  let secretariat: Awaited<ReturnType<typeof makeUser>>;
  let chair: Awaited<ReturnType<typeof makeUser>>;
  beforeAll(async () => {
    secretariat = await makeUser('secretariat');
    chair = await makeUser('chair', { name: 'Steen Christiansen' });
  });

  const content = (meetingId: string) => ({
    meetingId,
    caseNumber: '00.01.00-A00-12-25',
    title: 'Orientering til Økonomiudvalget: maj',
    summary: 'Forummet drøftede grøn omstilling og letbanen.',
    body: '## Temaer\n\n- Grøn omstilling\n- **Letbanen**\n\nEt afsnit med [et link](https://albertslund.dk).',
    recommendation: 'Det indstilles, at orienteringen tages til efterretning.',
  });

  it('is a draft without the chair as signatory before approval', async () => {
    const { meeting } = await makeHeldMeeting();
    await requestBriefingApproval(await getDb(), actorFrom(secretariat), content(meeting.id));
    const { text, paragraphs } = readBack(await docxOf(meeting.id));
    expect(text).toContain('Sagsnr. 00.01.00-A00-12-25');
    expect(text).toContain('Forummet drøftede grøn omstilling og letbanen.');
    expect(text).toContain('Udkast – ikke godkendt');
    expect(paragraphs.some((p) => p.text === 'Steen Christiansen')).toBe(false);
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(['Orientering til Økonomiudvalget: maj']);
  });

  it('carries the case fields in municipal order, the facts as a table and the approving chair as signatory', async () => {
    const { meeting } = await makeHeldMeeting();
    await approveBriefingDraft(secretariat, chair, content(meeting.id));
    const { xml, text, paragraphs } = readBack(await docxOf(meeting.id));
    expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(['Resumé', 'Sagsfremstilling', 'Indstilling']);
    const order = ['Sagsnr. 00.01.00-A00-12-25', 'Orientering til Økonomiudvalget: maj', 'Resumé', 'Forummet drøftede', 'Sagsfremstilling', 'Temaer', 'Indstilling', 'Det indstilles', 'Steen Christiansen'];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text).not.toContain('Udkast – ikke godkendt');
    // The facts table with a Danish date; markdown became text.
    expect(xml).toContain('<w:tbl>');
    expect(text).toContain('12. maj 2026');
    expect(text).toContain('Letbanen');
    expect(text).not.toContain('**');
    expect(text).toContain('et link (https://albertslund.dk)');
  });

  it('is named by its case number and date', () => {
    expect(briefingDocxFileName('00.01.00-A00-12-25', new Date('2026-05-12T22:30:00Z'))).toBe('orientering-00.01.00-A00-12-25-2026-05-13.docx');
    expect(briefingDocxFileName('Sag/Å 1', new Date('2026-05-12T10:00:00Z'))).toBe('orientering-Sag-AA-1-2026-05-12.docx');
    expect(briefingDocxFileName('', new Date('2026-05-12T10:00:00Z'))).toBe('orientering-2026-05-12.docx');
  });
});
