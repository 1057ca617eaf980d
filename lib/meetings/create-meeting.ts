// Creating a meeting: always a draft. The checks shared with an edit (meeting-save-checks.ts) run
// together before anything is written. Nobody is told anything until the meeting is published.
import 'server-only';
import type { DbOrTx } from '@/db/client';
import { meetings } from '@/db/schema';
import { diffFields, recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import type { FieldError } from '@/lib/actions/form-state';
import { cacheTags } from '@/lib/cache/tags';
import { checkPast, checkThemes, checkTimes, fieldsOf, refuseIfAny, resolveSlug, withSlugRace } from './meeting-save-checks';
import { isDatedInThePast } from './meeting-phase';
import { setMeetingThemes } from './meeting-theme-links';
import type { MeetingInput } from './schema';

export async function createMeeting(db: DbOrTx, actor: AuditActor, input: MeetingInput, { now = new Date() } = {}) {
  const themeIds = [...new Set(input.themeIds)];
  const { meeting } = await withSlugRace(() =>
    db.transaction(async (tx) => {
      const errors: Record<string, FieldError> = {};
      checkTimes(input, errors);
      checkPast(input, errors, now);
      const slug = await resolveSlug(tx, input, errors);
      await checkThemes(tx, themeIds, new Set(), errors);
      refuseIfAny(errors);
      const [meeting] = await tx.insert(meetings).values({ ...fieldsOf(input, slug), status: 'draft' }).returning();
      const { added } = await setMeetingThemes(tx, meeting.id, themeIds);
      await recordAudit(tx, actor, {
        action: 'meeting.create',
        entityType: 'meeting',
        entityId: meeting.id,
        changes: {
          ...diffFields({} as Record<string, unknown>, fieldsOf(input, slug)),
          themes: { added, removed: [] },
          ...(isDatedInThePast(input.startsAt, now) ? { recordedAsHeld: true } : {}),
        },
      });
      // A new meeting is a draft: its themes' proposers hear about it when it is published.
      return { meeting };
    }),
  );
  return { meeting, cacheTags: [cacheTags.meetings, cacheTags.themes] };
}
