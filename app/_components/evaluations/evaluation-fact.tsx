// One line the briefing's author can quote: "Evaluering: 4,3 af 5 (12 svar)". Nothing before
// anyone has answered.
import { getTranslations } from 'next-intl/server';
import type { DbOrTx } from '@/db/client';
import { readEvaluationFact } from '@/lib/evaluations/queries';
import { formatAverage } from '@/lib/evaluations/rules';

export async function EvaluationFact({ db, meetingId, locale }: { db: DbOrTx; meetingId: string; locale: string }) {
  const fact = await readEvaluationFact(db, meetingId);
  if (!fact) return null;
  const t = await getTranslations('evaluation');
  return <p data-evaluation-fact>{t('fact', { average: formatAverage(fact.average, locale), answers: fact.answers })}</p>;
}
