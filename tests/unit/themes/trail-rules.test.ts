// The trail's rule: rows in, each step once, oldest first, the life's own order where two share a moment.
import { describe, expect, it } from 'vitest';
import { buildTrail, type TrailInput } from '@/lib/themes/trail-rules';

const d = (day: number) => new Date(Date.UTC(2015, 0, day, 12));
const meeting = (id: string, day: number) => ({ id, slug: `m-${id}`, title: `Møde ${id}`, startsAt: d(day) });

const base: TrailInput = {
  theme: {
    createdAt: d(1),
    status: 'accepted',
    decidedAt: d(3),
    moderatorAnswer: 'Tak.',
    mergedInto: null,
    outcome: null,
    outcomeCaseNumber: null,
    outcomeAt: null,
  },
  mergedFrom: [],
  scheduled: [],
  discussed: [],
  reported: [],
};

describe('buildTrail', () => {
  it('puts the steps of a life in order, each once, and the first agenda item of a meeting', () => {
    const a = meeting('a', 20);
    const steps = buildTrail({
      ...base,
      theme: { ...base.theme, outcome: 'Vedtaget.', outcomeCaseNumber: ' ', outcomeAt: d(40) },
      mergedFrom: [{ id: 'x', title: 'X', at: d(5) }],
      scheduled: [{ ...a, noticedAt: d(6) }],
      discussed: [
        { agendaItemId: 'second', agendaTitle: 'Andet', position: 2, meeting: a },
        { agendaItemId: 'first', agendaTitle: 'Første', position: 1, meeting: a },
      ],
      reported: [
        { followupId: 'f', dispatchedAt: d(25), caseNumber: '27.00.00-A00-1-15', meeting: a },
        { followupId: 'f', dispatchedAt: d(25), caseNumber: '27.00.00-A00-1-15', meeting: a },
      ],
    });
    expect(steps.map((s) => s.key)).toEqual(['proposed', 'accepted', 'merged-in:x', 'scheduled:a', 'discussed:a', 'reported:f', 'outcome']);
    expect(steps.find((s) => s.kind === 'discussed')).toMatchObject({ agendaItemId: 'first' });
    // A blank case number is no case number.
    expect(steps.find((s) => s.kind === 'outcome')).toMatchObject({ caseNumber: null });
  });

  it('orders steps on the same moment by the life (put on the meeting before discussed at it)', () => {
    const a = meeting('a', 20);
    const steps = buildTrail({ ...base, scheduled: [{ ...a, noticedAt: null }], discussed: [{ agendaItemId: 'i', agendaTitle: 'P', position: 0, meeting: a }] });
    expect(steps.map((s) => s.kind)).toEqual(['proposed', 'accepted', 'scheduled', 'discussed']);
  });

  it('shows a merged theme as merged, not accepted', () => {
    const steps = buildTrail({ ...base, theme: { ...base.theme, status: 'merged', mergedInto: { id: 't', title: 'Målet' } } });
    expect(steps.map((s) => s.key)).toEqual(['proposed', 'merged:t']);
  });

  it('has no outcome step until an outcome is written', () => {
    expect(buildTrail({ ...base, theme: { ...base.theme, outcome: '  ', outcomeAt: d(9) } }).map((s) => s.kind)).toEqual(['proposed', 'accepted']);
  });
});
