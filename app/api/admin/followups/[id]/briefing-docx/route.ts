// The briefing as a Word document (.docx) to file in the case system: the secretariat and the
// chair download it beside the A4 print view. A draft is marked "Udkast – ikke godkendt"; only an
// approved one carries the chair's name.
import { NextResponse } from 'next/server';
import { createTranslator } from 'next-intl';
import { getDb } from '@/db/client';
import { guardedRoute } from '@/lib/auth/route';
import { briefingDocx, briefingDocxFileName } from '@/lib/followups/briefing-docx';
import { briefingSignatory, readBriefingForDocument } from '@/lib/followups/queries';
import { readForumSettings } from '@/lib/forum/queries';
import { loadMessages } from '@/lib/i18n/messages';
import { isRouteId } from '@/lib/validation/route-id';

export const dynamic = 'force-dynamic';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const GET = guardedRoute<{ id: string }>('followup.manage', async (request, { params }) => {
  const noStore = { 'Cache-Control': 'private, no-store' };
  if (!isRouteId(params.id)) return NextResponse.json({ error: 'not found' }, { status: 404, headers: noStore });
  const db = await getDb();
  const [row, settings] = await Promise.all([readBriefingForDocument(db, params.id), readForumSettings(db)]);
  if (!row) return NextResponse.json({ error: 'not found' }, { status: 404, headers: noStore });
  const locale = request.nextUrl.searchParams.get('locale') === 'en' ? 'en' : 'da';
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: 'briefingCase.document' });
  const now = new Date();
  const file = await briefingDocx({
    briefing: row,
    meeting: { title: row.meetingTitle, startsAt: row.meetingStartsAt },
    settings,
    signatory: briefingSignatory(row, settings?.chairName),
    locale,
    t: (key, values) => t(key as never, values as never),
    now,
  });
  const name = briefingDocxFileName(row.caseNumber, row.dispatchedAt ?? now);
  return new NextResponse(new Uint8Array(file), {
    headers: {
      ...noStore,
      'Content-Type': DOCX_TYPE,
      'Content-Disposition': `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
