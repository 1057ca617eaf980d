import { describe, expect, it } from 'vitest';
import { nulFieldErrorsInForm, nulFieldErrorsInInput, withoutNul } from '@/lib/actions/control-characters';

describe('NUL characters in action input', () => {
  it('names each form field holding one', () => {
    const form = new FormData();
    form.set('title', 'a\u0000b');
    form.set('place', 'Rådhuset');
    expect(nulFieldErrorsInForm(form)).toEqual({ title: [{ key: 'controlCharacters' }] });
  });

  it('lets other control characters, right-to-left marks and emoji through', () => {
    const form = new FormData();
    form.set('note', 'a\tb\u0007\u202e🏢');
    expect(nulFieldErrorsInForm(form)).toBeUndefined();
  });

  it('finds one at any depth of plain arguments', () => {
    expect(nulFieldErrorsInInput({ itemId: 'x', nested: { list: ['ok', '\u0000'] } })).toEqual({ 'nested.list.1': [{ key: 'controlCharacters' }] });
    expect(nulFieldErrorsInInput({ itemId: 'x' })).toBeUndefined();
  });

  it('gives the typed values back without it', () => {
    expect(withoutNul({ title: 'a\u0000b' })).toEqual({ title: 'ab' });
  });
});
