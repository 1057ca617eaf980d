// Message files are split by area (one JSON file per namespace and language) so that each
// part of the product owns its text. Add a namespace to both languages' index.ts: each lists
// its files as static re-exports so the bundler still inlines them.
import type { Locale } from '../routing';
import * as da from './da';
import * as en from './en';

// Danish is the reference language; the annotation below makes English match its shape.
export type Messages = { [Namespace in keyof typeof da]: (typeof da)[Namespace] };

// Spread into plain objects: next-intl hands messages to client components, which accept only
// plain objects, not module namespace objects.
const byLocale: Record<Locale, Messages> = { da: { ...da }, en: { ...en } };

export function loadMessages(locale: Locale): Messages {
  return byLocale[locale];
}
