'use client';
import { useLocale } from 'next-intl';

/** "16.02" in Danish, "16:02" in English, always Copenhagen time (the door's clock). */
export function useClock() {
  const locale = useLocale();
  return (iso: string) =>
    new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' }).format(new Date(iso));
}
