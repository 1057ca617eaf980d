// Translation keys are type-checked: next-intl reads the Danish messages (the reference
// language; loadMessages makes English match its shape), so t('a.missing.key') fails
// `npm run typecheck`. Locales stay plain strings here: route params arrive as strings and
// are narrowed by lib/i18n/request.ts.
import type { Messages as AppMessages } from './messages';

declare module 'next-intl' {
  interface AppConfig {
    Messages: AppMessages;
  }
}
