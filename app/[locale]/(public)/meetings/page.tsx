import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/app/_components/ui/container';
import { PageHeader } from '@/app/_components/ui/page-header';
import { splitUpcomingAndPast } from '@/lib/meetings/meeting-time';
import { getPublicMeetings } from '@/lib/meetings/queries';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { MeetingCard } from './_components/meeting-card';
import { TitledSection } from '@/app/_components/ui/titled-section';

type Props = { params: Promise<{ locale: string }> };

// The split into upcoming and held follows the clock: render again at least hourly.
export const revalidate = 3600;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'meetings' });
  return pageMetadata({ locale, path: '/meetings', title: t('listTitle'), description: t('listDescription') });
}

export default async function MeetingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('meetings');
  const all = await getPublicMeetings();
  const { upcoming, past } = splitUpcomingAndPast(all);
  return (
    <Container>
      <PageHeader title={t('listTitle')} intro={t('listIntro')}>
        <p className="mt-3">
          {/* A file for calendar apps, not a page: a plain link on purpose. */}
          <a href="/feeds/meetings.ics" type="text/calendar" className="font-semibold underline">
            {t('subscribe')}
          </a>
        </p>
      </PageHeader>

      <TitledSection id="upcoming" title={t('upcoming')} className="mb-12" headingClassName="mb-4 text-2xl font-bold">
        {upcoming.length ? (
          <div className="grid gap-4">
            {upcoming.map((m) => <MeetingCard key={m.id} meeting={m} locale={locale} upcoming />)}
          </div>
        ) : (
          <p>{t('noUpcoming')}</p>
        )}
      </TitledSection>

      <section aria-labelledby="past">
        <h2 id="past" className="mb-4 text-2xl font-bold">{t('past')}</h2>
        {past.length ? (
          <div className="grid gap-4">
            {past.map((m) => <MeetingCard key={m.id} meeting={m} locale={locale} upcoming={false} />)}
          </div>
        ) : (
          <p>{t('noPast')}</p>
        )}
      </section>
    </Container>
  );
}
