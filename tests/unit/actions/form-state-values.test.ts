// What a refused form hands back so every field can show it again: text as typed, and every
// ticked box of a group (a FormData key sent more than once).
import { describe, expect, it } from 'vitest';
import { formValueLists, formValues, typedList, type FormState } from '@/lib/actions/form-state';

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe('the values a refused form keeps', () => {
  it('keeps every ticked box of a group, not only the last', () => {
    const data = form([['title', 'Møde'], ['themeIds', 'a'], ['themeIds', 'b'], ['$ACTION_ID_x', '']]);
    expect(formValues(data)).toEqual({ title: 'Møde', themeIds: 'b' });
    expect(formValueLists(data)).toEqual({ themeIds: ['a', 'b'] });
  });

  it('says which boxes were ticked when refused, and nothing when not refused', () => {
    const refused = (entries: [string, string][]): FormState => ({ status: 'error', values: formValues(form(entries)), lists: formValueLists(form(entries)) });
    expect(typedList(refused([['speakerIds', 'a'], ['speakerIds', 'b']]), 'speakerIds')).toEqual(['a', 'b']);
    expect(typedList(refused([['speakerIds', 'a']]), 'speakerIds')).toEqual(['a']);
    // None ticked: the group is absent from the form, and the saved ticks must not come back.
    expect(typedList(refused([['title', 'x']]), 'speakerIds')).toEqual([]);
    expect(typedList({ status: 'idle' }, 'speakerIds')).toBeUndefined();
    expect(typedList({ status: 'success' }, 'speakerIds')).toBeUndefined();
  });
});
