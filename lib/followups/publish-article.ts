// Publishing the article of a held meeting on the public site (/articles/[slug], the list, the
// home page, the feed), and taking it down again. The caller invalidates the articles cache.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { followups } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { uniqueArticleSlug } from './article-slug';
import { requireHeld } from './mark-dispatched';
import { lockFollowup, requireMeeting, writeContent, type FollowupContent } from './followup-steps';

export const isPublished = (row: { status: string; unpublishedAt: Date | null }) =>
  row.status === 'dispatched' && row.unpublishedAt === null;

export async function publishArticle(db: Db, actor: AuditActor, content: FollowupContent, { now = new Date() } = {}) {
  const meeting = await requireMeeting(db, content.meetingId);
  requireHeld(meeting, now);
  return db.transaction(async (tx) => {
    const row = await writeContent(tx, actor, await lockFollowup(tx, meeting.id, 'article'), content);
    // Already public: the save above was a correction, nothing more to do.
    if (isPublished(row)) return { followupId: row.id, slug: row.slug!, meetingSlug: meeting.slug, republished: false };
    // The address is fixed at first publication so links keep working after a re-publication.
    const slug = row.slug ?? (await uniqueArticleSlug(tx, row.title, meeting.slug));
    await tx
      .update(followups)
      .set({
        slug,
        status: 'dispatched',
        dispatchedAt: row.dispatchedAt ?? now,
        dispatchedById: actor.id,
        unpublishedAt: null,
      })
      .where(eq(followups.id, row.id));
    await recordAudit(tx, actor, {
      action: 'article.publish',
      entityType: 'followup',
      entityId: row.id,
      changes: { slug, status: { from: row.status, to: 'dispatched' } },
    });
    return { followupId: row.id, slug, meetingSlug: meeting.slug, republished: row.status === 'dispatched' };
  });
}
