// Takes a published article off the public pages; it can be published again.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { followups } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { lockFollowup, requireMeeting } from './followup-steps';
import { isPublished } from './publish-article';

export async function unpublishArticle(db: Db, actor: AuditActor, { meetingId }: { meetingId: string }, { now = new Date() } = {}) {
  const meeting = await requireMeeting(db, meetingId);
  return db.transaction(async (tx) => {
    const row = await lockFollowup(tx, meeting.id, 'article');
    if (!isPublished(row)) throw new ActionError('notPublished');
    await tx.update(followups).set({ unpublishedAt: now }).where(eq(followups.id, row.id));
    await recordAudit(tx, actor, {
      action: 'article.unpublish',
      entityType: 'followup',
      entityId: row.id,
      changes: { slug: row.slug },
    });
    return { followupId: row.id, slug: row.slug, meetingSlug: meeting.slug };
  });
}
