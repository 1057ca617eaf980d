// Translation keys are checked twice: by the compiler (lib/i18n/next-intl.d.ts; the expected
// error in typedKeys fails `npm run typecheck` if that check is lost) and here, for the English
// messages having every Danish key (English falls back to nothing, not to Danish).
import type { useTranslations } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { loadMessages } from '@/lib/i18n/messages';

type RegistrationT = ReturnType<typeof useTranslations<'registration'>>;

// Never called: it exists for the compiler.
export function typedKeys(t: RegistrationT) {
  // @ts-expect-error a key that does not exist in the Danish messages
  t('noSuchKey');
  return t('cancel');
}

function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe('message keys', () => {
  it('gives English every key Danish has, and no others', () => {
    expect(keysOf(loadMessages('en')).sort()).toEqual(keysOf(loadMessages('da')).sort());
  });
});
