// What the meeting forms may send: the meeting itself, and a change of its status.
import { z } from 'zod';
import { checkbox, localDateTime, optionalLocalDateTime, optionalText, optionalWholeNumber, requiredText, wholeNumber } from '@/lib/actions/form-fields';
import { routing } from '@/lib/i18n/routing';
import { MEETING_MAX } from '@/lib/validation/limits';

export const saveMeetingSchema = z.object({
  meetingId: z.uuid().optional().or(z.literal('').transform(() => undefined)),
  version: optionalWholeNumber(1, 2_147_483_647),
  locale: z.enum(routing.locales).catch(routing.defaultLocale),
  title: requiredText(MEETING_MAX.title, 3),
  slug: optionalText(MEETING_MAX.slug),
  startsAt: localDateTime,
  endsAt: localDateTime,
  place: requiredText(MEETING_MAX.place, 2),
  address: optionalText(MEETING_MAX.address),
  description: z.string().trim().max(MEETING_MAX.description).default(''),
  capacity: optionalWholeNumber(1, 100_000),
  registrationDeadline: optionalLocalDateTime,
  /**
   * Empty: no reminder. Not sent at all (an older form, a script): left as stored, 2 for a new
   * meeting, rather than quietly turned off.
   */
  reminderDaysBefore: optionalWholeNumber(0, 30).optional(),
  recordAsHeld: checkbox,
});

export const changeMeetingStatusSchema = z.object({
  meetingId: z.uuid(),
  version: wholeNumber(1, 2_147_483_647),
  change: z.enum(['publish', 'unpublish', 'cancel']),
  recordAsHeld: checkbox,
});

/** What createMeeting and updateMeeting take once the form is parsed (also what tests build). */
export type MeetingInput = {
  title: string;
  /** Empty: made from the title. */
  slug?: string | null;
  startsAt: Date;
  endsAt: Date;
  place: string;
  address?: string | null;
  description: string;
  capacity: number | null;
  registrationDeadline: Date | null;
  /** Days before the start the reminder goes out; null: none. Left out: the stored value (2 for a new meeting). */
  reminderDaysBefore?: number | null;
  themeIds: string[];
  /** The admin confirmed that a start in the past records a meeting already held. */
  recordAsHeld?: boolean;
};
