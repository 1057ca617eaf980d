// Message files are split by area (one JSON file per namespace and language) so that each
// part of the product owns its text. Add a namespace here in both languages.
import type { Locale } from '../routing';
import da from './da';
import en from './en';

export type Messages = typeof da;

const byLocale: Record<Locale, Messages> = { da, en };

export function loadMessages(locale: Locale): Messages {
  return byLocale[locale];
}
