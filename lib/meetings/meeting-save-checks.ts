// The checks a meeting's save (new or edited) makes before anything is written: end after start,
// deadline not after the start, a unique address, only accepted themes added, and a start in the
// past only as the record of a meeting already held (explicitly confirmed). Each check adds to the
// same errors, so the admin sees every problem at once; refuseIfAny then refuses them together.
import 'server-only';
import { inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { meetings, themes } from '@/db/schema';
import { fieldRefusal, isUniqueViolation } from '@/lib/admin/refusals';
import type { FieldError } from '@/lib/actions/form-state';
import { SLUG_MAX, SLUG_PATTERN } from '@/lib/format/slug-from-title';
import { isDatedInThePast } from './meeting-phase';
import { freeSlugFor, slugIsTaken } from './meeting-slug';
import type { MeetingInput } from './schema';

type Meeting = typeof meetings.$inferSelect;

export type MeetingFields = Omit<MeetingInput, 'themeIds' | 'slug' | 'recordAsHeld'> & { slug: string };

/**
 * A start in the past needs the confirmation when it is new: on a new meeting, or when an edit
 * moves the start. Editing the text of a meeting already held does not ask again.
 */
export function checkPast(input: MeetingInput, errors: Record<string, FieldError>, now: Date, before?: Meeting) {
  const startMoved = !before || before.startsAt.getTime() !== input.startsAt.getTime();
  if (startMoved && isDatedInThePast(input.startsAt, now) && !input.recordAsHeld) errors.recordAsHeld = { key: 'admin.pastNeedsConfirmation' };
}

export function checkTimes(input: MeetingInput, errors: Record<string, FieldError>) {
  if (input.endsAt.getTime() <= input.startsAt.getTime()) errors.endsAt = { key: 'admin.endBeforeStart' };
  if (input.registrationDeadline && input.registrationDeadline.getTime() > input.startsAt.getTime()) {
    errors.registrationDeadline = { key: 'admin.deadlineAfterStart' };
  }
}

export async function resolveSlug(tx: Tx, input: MeetingInput, errors: Record<string, FieldError>, meetingId?: string) {
  const typed = input.slug?.trim().toLowerCase();
  if (!typed) return freeSlugFor(tx, input.title, meetingId);
  if (!SLUG_PATTERN.test(typed) || typed.length > SLUG_MAX) errors.slug = { key: 'admin.slugFormat' };
  else if (await slugIsTaken(tx, typed, meetingId)) errors.slug = { key: 'admin.slugTaken' };
  return typed;
}

/** New themes on a meeting must be accepted; themes already on it may stay whatever they are. */
export async function checkThemes(tx: Tx, themeIds: string[], alreadyLinked: Set<string>, errors: Record<string, FieldError>) {
  const fresh = themeIds.filter((id) => !alreadyLinked.has(id));
  if (!fresh.length) return;
  const rows = await tx.select({ id: themes.id, status: themes.status }).from(themes).where(inArray(themes.id, fresh));
  if (rows.length !== fresh.length || rows.some((r) => r.status !== 'accepted')) errors.themeIds = { key: 'admin.themeNotAccepted' };
}

/** The meeting's own columns as a save writes them, trimmed. */
export function fieldsOf(input: MeetingInput, slug: string): MeetingFields {
  return {
    title: input.title.trim(),
    slug,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    place: input.place.trim(),
    address: input.address?.trim() || null,
    description: input.description.trim(),
    capacity: input.capacity,
    registrationDeadline: input.registrationDeadline,
    // Left out (a caller that does not set it) keeps what is stored rather than clearing it.
    ...(input.reminderDaysBefore !== undefined ? { reminderDaysBefore: input.reminderDaysBefore } : {}),
  };
}

export function refuseIfAny(errors: Record<string, FieldError>) {
  if (Object.keys(errors).length) fieldRefusal(errors);
}

export async function withSlugRace<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // Two saves picked the same free address at the same moment: the loser is told.
    if (isUniqueViolation(error)) fieldRefusal({ slug: 'admin.slugTaken' });
    throw error;
  }
}
