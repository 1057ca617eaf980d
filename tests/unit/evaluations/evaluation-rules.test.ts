// The evaluation's pure rules: when a link may be answered, the summary of the scores, the title
// a suggestion gives its theme, and the average as a reader of each language writes it.
import { describe, expect, it } from 'vitest';
import { evaluationClosesAt, evaluationRefusal, formatAverage, summariseUsefulness, themeTitleFrom } from '@/lib/evaluations/rules';

const day = 24 * 3600_000;
const startsAt = new Date('2026-11-10T16:00:00Z');
const meeting = { status: 'published' as const, startsAt };
const seat = { cancelledAt: null };

describe('evaluation rules', () => {
  it('opens when the meeting has begun and closes 60 days later', () => {
    expect(evaluationRefusal(seat, meeting, new Date(startsAt.getTime() - 1))).toBe('notHeld');
    expect(evaluationRefusal(seat, meeting, startsAt)).toBeNull();
    expect(evaluationClosesAt(meeting)).toEqual(new Date(startsAt.getTime() + 60 * day));
    expect(evaluationRefusal(seat, meeting, evaluationClosesAt(meeting))).toBeNull();
    expect(evaluationRefusal(seat, meeting, new Date(evaluationClosesAt(meeting).getTime() + 1))).toBe('closed');
  });

  it('refuses a missing seat, a seat given up, a draft and a cancelled meeting', () => {
    const now = new Date(startsAt.getTime() + day);
    expect(evaluationRefusal(null, meeting, now)).toBe('invalid');
    expect(evaluationRefusal({ cancelledAt: startsAt }, meeting, now)).toBe('cancelledSeat');
    expect(evaluationRefusal(seat, { ...meeting, status: 'draft' }, now)).toBe('invalid');
    expect(evaluationRefusal(seat, { ...meeting, status: 'cancelled' }, now)).toBe('meetingCancelled');
  });

  it('sums the scores into count, average and distribution', () => {
    expect(summariseUsefulness([])).toEqual({ answers: 0, average: null, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } });
    const summary = summariseUsefulness([
      { usefulness: 5, count: 7 },
      { usefulness: 4, count: 4 },
      { usefulness: 2, count: 1 },
    ]);
    expect(summary).toEqual({ answers: 12, average: (35 + 16 + 2) / 12, distribution: { 1: 0, 2: 1, 3: 0, 4: 4, 5: 7 } });
  });

  it('titles a theme with the suggestion’s first line, cut at a word', () => {
    expect(themeTitleFrom('  Letbanen og erhvervet\nMere tekst her ')).toBe('Letbanen og erhvervet');
    const long = 'ord '.repeat(60).trim();
    const title = themeTitleFrom(long);
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title.endsWith('ord…')).toBe(true);
  });

  it('writes the average with one decimal in the reader’s language', () => {
    expect(formatAverage(4.333, 'da')).toBe('4,3');
    expect(formatAverage(4.333, 'en')).toBe('4.3');
    expect(formatAverage(5, 'da')).toBe('5,0');
  });
});
