import { describe, expect, it } from 'vitest';
import { formatTime } from '@/lib/format/copenhagen-time';
import { withStartTimes } from '@/lib/agenda/agenda-times';
import { meetingsCalendar, meetingUrl } from '@/lib/meetings/calendar';

describe('agenda start times', () => {
  it('follow from the meeting start and the durations before each item', () => {
    const start = new Date('2025-03-26T15:00:00Z'); // 16.00 in Copenhagen
    const items = withStartTimes(start, [{ durationMinutes: 15 }, { durationMinutes: 30 }, { durationMinutes: 10 }]);
    expect(items.map((i) => formatTime(i.startsAt, 'da'))).toEqual(['16.00', '16.15', '16.45']);
    expect(formatTime(items[2].endsAt, 'da')).toBe('16.55');
  });
});

describe('meeting calendar files', () => {
  const meeting = {
    id: '5b1f7f3e-1b7c-4a53-9d8c-0f5d5d7c2a11',
    slug: 'oktober-2014',
    title: 'Strategisk Erhvervsforum, oktober 2014',
    description: 'Visioner for vækst',
    startsAt: new Date('2014-10-08T14:00:00Z'),
    endsAt: new Date('2014-10-08T16:10:00Z'),
    place: 'Albertslund Rådhus',
    address: 'Nordmarks Allé 1, 2620 Albertslund',
    status: 'published' as const,
    calendarSequence: 3,
  };

  it('hold one event per meeting in UTC with a stable UID and the page address', () => {
    const ics = meetingsCalendar([meeting, { ...meeting, id: 'x', slug: 'b', status: 'cancelled' }], 'https://forum.example', 'Møder');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART:20141008T140000Z');
    expect(ics).toContain('UID:meeting-5b1f7f3e-1b7c-4a53-9d8c-0f5d5d7c2a11@forum.example');
    expect(ics).toContain('URL:https://forum.example/meetings/oktober-2014');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain('SUMMARY:Strategisk Erhvervsforum\\, oktober 2014');
    expect(ics).toContain('SEQUENCE:3');
  });

  it('is a valid empty calendar when there are no meetings', () => {
    const ics = meetingsCalendar([], 'https://forum.example', 'Møder');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).not.toContain('VEVENT');
  });

  it('links to the page in the reader’s language', () => {
    expect(meetingUrl('https://forum.example/', 'a', 'en')).toBe('https://forum.example/en/meetings/a');
  });
});
