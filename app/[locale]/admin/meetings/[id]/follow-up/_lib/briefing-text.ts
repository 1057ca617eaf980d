// The briefing's text as the editor and the print view show it: what was saved, or else a first
// draft written from the meeting's facts. The case fields are what was saved (empty at first).
import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { DbOrTx } from '@/db/client';
import { draftBriefing } from '@/lib/followups/drafts';
import { readMeetingFacts, type FollowupMeeting, type FollowupView } from '@/lib/followups/queries';
import type { ForumSettings } from '@/lib/forum/queries';
import { withRuntimeKeys } from '@/lib/i18n/runtime-key';

export async function briefingText(db: DbOrTx, meeting: FollowupMeeting, row: FollowupView | null, settings: ForumSettings | null, locale: string) {
  const caseFields = { caseNumber: row?.caseNumber ?? '', summary: row?.summary ?? '', recommendation: row?.recommendation ?? '' };
  if (row && row.body) return { title: row.title, body: row.body, ...caseFields };
  const t = withRuntimeKeys(await getTranslations('followups.drafts.briefing'));
  return { ...draftBriefing(await readMeetingFacts(db, meeting), t, locale, settings?.reportsTo ?? 'Økonomiudvalget'), ...caseFields };
}
