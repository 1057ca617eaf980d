import { _createCache, hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { loadMessages } from './messages';
import { routing } from './routing';

/**
 * Compiled messages shared by every request. next-intl builds a fresh cache for each server
 * translator, so each request parsed every ICU message it used again (about 0.1 ms each; several
 * ms per admin page). The messages never change while the server runs, and use-intl keys each
 * compiled message by its text, locale and formats, so one cache serves all requests. `_cache` is
 * use-intl's own option, passed through next-intl's config to `createTranslator`.
 */
const compiledMessages = _createCache();

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: loadMessages(locale), timeZone: 'Europe/Copenhagen', _cache: compiledMessages };
});
