// The period report's pure rules: the forum's two-year periods from 2014, the presets, company
// size bands and the period form's validation.
import { describe, expect, it } from 'vitest';
import { copenhagenTime } from '@/lib/format/copenhagen-time';
import { currentPeriod, formatAverage, periodBounds, periodPresets, sizeBand } from '@/lib/reports/rules';
import { readPeriod } from '@/lib/reports/schema';

describe('the forum periods', () => {
  it('counts two-year periods from the founding document, in Copenhagen time', () => {
    expect(currentPeriod(copenhagenTime(2015, 12, 31, 23, 30))).toEqual({ from: '2014-01-01', to: '2015-12-31' });
    expect(currentPeriod(copenhagenTime(2016, 1, 1, 0, 30))).toEqual({ from: '2016-01-01', to: '2017-12-31' });
    expect(currentPeriod(copenhagenTime(2026, 12, 1))).toEqual({ from: '2026-01-01', to: '2027-12-31' });
  });

  it('offers the periods and the years that hold meetings', () => {
    expect(periodPresets([2015, 2014, 2015])).toEqual([
      { from: '2014-01-01', to: '2015-12-31' },
      { from: '2014-01-01', to: '2014-12-31' },
      { from: '2015-01-01', to: '2015-12-31' },
    ]);
    expect(periodPresets([])).toEqual([]);
  });

  it('spans whole days in Copenhagen, the last one included', () => {
    expect(periodBounds({ from: '2014-01-01', to: '2015-12-31' })).toEqual({ start: copenhagenTime(2014, 1, 1), end: copenhagenTime(2016, 1, 1) });
  });
});

describe('company size', () => {
  it('takes the CVR band, else the band of the head count, else not stated', () => {
    expect(sizeBand('10-19', 500)).toBe('10-19');
    expect(sizeBand(null, 24)).toBe('20-49');
    expect(sizeBand(null, 1)).toBe('1');
    expect(sizeBand(null, 0)).toBe('0');
    expect(sizeBand(null, 4000)).toBe('1000+');
    expect(sizeBand('nonsense', null)).toBeNull();
    expect(sizeBand(null, null)).toBeNull();
  });
});

describe('the period form', () => {
  it('accepts a period and refuses an end before the start at the end field', () => {
    expect(readPeriod({ from: '2014-01-01', to: '2015-12-31' })).toEqual({ kind: 'ok', period: { from: '2014-01-01', to: '2015-12-31' } });
    expect(readPeriod({})).toEqual({ kind: 'none' });
    const refused = readPeriod({ from: '2015-06-01', to: '2015-05-31' });
    expect(refused).toMatchObject({ kind: 'invalid', errors: { to: 'toBeforeFrom' }, typed: { from: '2015-06-01', to: '2015-05-31' } });
  });

  it('refuses days that do not exist or are missing', () => {
    expect(readPeriod({ from: '2015-02-30', to: '2015-03-01' })).toMatchObject({ kind: 'invalid', errors: { from: 'day' } });
    expect(readPeriod({ from: '', to: '2015-03-01' })).toMatchObject({ kind: 'invalid', errors: { from: 'required' } });
    expect(readPeriod({ from: ['2014-01-01', 'x'], to: 'i går' })).toMatchObject({ kind: 'invalid', errors: { to: 'day' } });
  });
});

describe('numbers', () => {
  it('writes an average with a decimal comma in Danish', () => {
    expect(formatAverage(3.5, 'da')).toBe('3,5');
    expect(formatAverage(4, 'en')).toBe('4.0');
    expect(formatAverage(null, 'da')).toBe('–');
  });
});
