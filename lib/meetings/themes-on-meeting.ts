// "The theme is on this meeting" as a condition on `themes`, for the theme lists and choices.
// A plain IN over the meeting's links, built by Drizzle, so no hand-written correlated SQL can
// lose its table names (see lib/meetings/queries.ts for what that did).
import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { meetingThemes, themes } from '@/db/schema';

const qb = new QueryBuilder();

export function themeIsOnMeeting(meetingId: string) {
  return inArray(themes.id, qb.select({ id: meetingThemes.themeId }).from(meetingThemes).where(eq(meetingThemes.meetingId, meetingId)));
}
