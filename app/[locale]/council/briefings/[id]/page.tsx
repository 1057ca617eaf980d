// One briefing, to read and to print. Opening it records the reader's read receipt.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { BriefingDocument } from '@/app/_components/followups/briefing-document';
import { PrintButton } from '@/app/_components/ui/print-button';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/gate';
import { readBriefing } from '@/lib/council/queries';
import { recordBriefingRead } from '@/lib/council/record-read';
import { briefingSignatory } from '@/lib/followups/queries';
import { readForumSettings } from '@/lib/forum/queries';
import { Link } from '@/lib/i18n/navigation';
import { isRouteId } from '@/lib/validation/route-id';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'council' });
  return { title: t('metaTitle'), robots: { index: false } };
}

export default async function CouncilBriefingPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePageAccess('council.read', `/council/briefings/${id}`);
  if (!isRouteId(id)) notFound();
  const db = await getDb();
  const [briefing, settings] = await Promise.all([readBriefing(db, id), readForumSettings(db)]);
  if (!briefing) notFound();
  await recordBriefingRead(db, user, { followupId: briefing.id });
  const t = await getTranslations('council.briefing');
  return (
    <>
      <p className="mb-6 flex flex-wrap items-center gap-4" data-no-print>
        <Link href="/council" className="underline">
          {t('back')}
        </Link>
        <PrintButton label={t('print')} />
      </p>
      <BriefingDocument
        briefing={briefing}
        meeting={{ title: briefing.meetingTitle, startsAt: briefing.meetingStartsAt }}
        settings={settings}
        locale={locale}
        signatory={briefingSignatory(briefing, settings?.chairName)}
      />
    </>
  );
}
