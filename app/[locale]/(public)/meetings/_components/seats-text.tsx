import { getTranslations } from 'next-intl/server';
import { seatsLeft } from '@/lib/registrations/rules';

/** "12 pladser tilbage" / "Fuldt – venteliste" / "Ingen pladsbegrænsning". */
export async function SeatsText({ capacity, taken, waiting }: { capacity: number | null; taken: number; waiting: number }) {
  const t = await getTranslations('meetings.seats');
  const left = seatsLeft(capacity, taken);
  if (left === null) return <>{t('unlimited')}</>;
  if (left === 0 || waiting > 0) return <>{t('full')}</>;
  return <>{t('left', { count: left, capacity: capacity ?? 0 })}</>;
}
