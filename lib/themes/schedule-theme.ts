// Which meetings a theme is discussed at (one theme can be on several meetings). Both the
// theme moderation page and the meeting form change these links. The proposer hears, in the
// same transaction, about every published meeting their theme is put on or taken off
// (theme-meeting-notices.ts); drafts are told nothing until they are published.
import 'server-only';
import { and, eq, inArray, max, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { meetings, meetingThemes, themes } from '@/db/schema';
import { conflict, fieldRefusal, notFound } from '@/lib/admin/refusals';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { ActionError } from '@/lib/actions/action-error';
import { cacheTags } from '@/lib/cache/tags';
import { queueThemeMeetingsNotice } from './theme-meeting-notices';

/** Adds and removes meeting links; returns what was added and removed. Call inside a transaction. */
export async function setThemeMeetings(tx: Tx, themeId: string, meetingIds: string[]) {
  const current = await tx.select({ meetingId: meetingThemes.meetingId }).from(meetingThemes).where(eq(meetingThemes.themeId, themeId));
  const have = new Set(current.map((r) => r.meetingId));
  const want = new Set(meetingIds);
  const added = [...want].filter((id) => !have.has(id));
  const removed = [...have].filter((id) => !want.has(id));
  if (removed.length) {
    await tx.delete(meetingThemes).where(and(eq(meetingThemes.themeId, themeId), inArray(meetingThemes.meetingId, removed)));
  }
  if (added.length) {
    const last = await tx
      .select({ meetingId: meetingThemes.meetingId, position: max(meetingThemes.position) })
      .from(meetingThemes)
      .where(inArray(meetingThemes.meetingId, added))
      .groupBy(meetingThemes.meetingId);
    const next = new Map(last.map((r) => [r.meetingId, (r.position ?? -1) + 1]));
    await tx.insert(meetingThemes).values(added.map((meetingId) => ({ meetingId, themeId, position: next.get(meetingId) ?? 0 })));
  }
  return { added, removed };
}

/** Puts an accepted theme on exactly the given meetings. */
export async function scheduleTheme(
  db: DbOrTx,
  actor: AuditActor,
  input: { themeId: string; version: number; meetingIds: string[] },
) {
  const meetingIds = [...new Set(input.meetingIds)];
  const result = await db.transaction(async (tx) => {
    const [theme] = await tx.select().from(themes).where(eq(themes.id, input.themeId)).for('update');
    if (!theme) notFound();
    if (theme.version !== input.version) conflict();
    if (theme.status !== 'accepted') throw new ActionError('notAccepted');
    const targets = meetingIds.length
      ? await tx.select({ id: meetings.id, slug: meetings.slug, status: meetings.status }).from(meetings).where(inArray(meetings.id, meetingIds))
      : [];
    if (targets.length !== meetingIds.length || targets.some((m) => m.status === 'cancelled')) {
      fieldRefusal({ meetingIds: 'admin.meetingUnavailable' });
    }
    const { added, removed } = await setThemeMeetings(tx, theme.id, meetingIds);
    const [updated] = await tx
      .update(themes)
      .set({ version: sql`${themes.version} + 1` })
      .where(and(eq(themes.id, theme.id), eq(themes.version, theme.version)))
      .returning();
    if (!updated) conflict();
    if (added.length || removed.length) {
      await recordAudit(tx, actor, {
        action: 'theme.schedule',
        entityType: 'theme',
        entityId: theme.id,
        changes: { meetings: { added, removed } },
      });
    }
    const changed = [...added, ...removed];
    const touched = changed.length
      ? await tx.select().from(meetings).where(inArray(meetings.id, changed)).orderBy(meetings.startsAt)
      : [];
    const queuedEmails = await queueThemeMeetingsNotice(tx, {
      theme: updated,
      added: touched.filter((m) => added.includes(m.id)),
      removed: touched.filter((m) => removed.includes(m.id)),
      // The theme's new version names this change: a retry queues nothing, a later change does.
      key: `theme-meetings:${theme.id}:v${updated.version}`,
    });
    return { added, removed, slugs: touched.map((m) => m.slug), queuedEmails };
  });
  return {
    added: result.added,
    removed: result.removed,
    queuedEmails: result.queuedEmails,
    cacheTags: [cacheTags.themes, cacheTags.meetings, ...result.slugs.map(cacheTags.meeting)],
  };
}
