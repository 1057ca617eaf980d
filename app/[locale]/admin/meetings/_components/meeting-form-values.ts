// Turns a stored meeting into the strings its form shows (times as Copenhagen datetime-local).
import type { MeetingForEdit } from '@/lib/meetings/queries';
import { toLocalInputValue } from '@/lib/format/copenhagen-time';
import type { MeetingFormValues } from './meeting-form';

export function meetingFormValues(meeting: MeetingForEdit): MeetingFormValues {
  return {
    id: meeting.id,
    version: meeting.version,
    title: meeting.title,
    slug: meeting.slug,
    startsAt: toLocalInputValue(meeting.startsAt),
    endsAt: toLocalInputValue(meeting.endsAt),
    place: meeting.place,
    address: meeting.address ?? '',
    description: meeting.description,
    capacity: meeting.capacity === null ? '' : String(meeting.capacity),
    registrationDeadline: meeting.registrationDeadline ? toLocalInputValue(meeting.registrationDeadline) : '',
    reminderDaysBefore: meeting.reminderDaysBefore === null ? '' : String(meeting.reminderDaysBefore),
    themeIds: meeting.themeIds,
  };
}

export const emptyMeeting: MeetingFormValues = {
  title: '',
  slug: '',
  startsAt: '',
  endsAt: '',
  place: 'Albertslund Rådhus, Byrådssalen',
  address: 'Nordmarks Allé 1, 2620 Albertslund',
  description: '',
  capacity: '',
  registrationDeadline: '',
  reminderDaysBefore: '2',
  themeIds: [],
};
