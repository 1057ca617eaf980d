import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Notice } from '@/app/_components/ui/notice';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/gate';
import { hasPendingJoinRequest } from '@/lib/companies/queries';
import { requireCompanyProfile } from '@/lib/companies/require-company';
import { Link } from '@/lib/i18n/navigation';
import { readUnnamedColleagues } from '@/lib/attendees/party-queries';
import { readOwnPartyTickets } from '@/lib/attendees/ticket-queries';
import { readMyRegistrations } from '@/lib/registrations/queries';
import { readMyThemes } from '@/lib/themes/queries';
import { readFollowedThemes } from '@/lib/themes/trail-queries';
import { MyRegistrations } from './_components/my-registrations';
import { MyThemes } from './_components/my-themes';
import { FollowedThemes } from './_components/followed-themes';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ notice?: string }> };

/** Outcomes of the forms that lead back here. Anything else in the address is ignored. */
const notices = ['profileCreated', 'profileJoined', 'joinRequested', 'themeProposed', 'themeUpdated', 'themeWithdrawn'] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'portal' });
  return { title: t('metaTitle'), description: t('intro'), robots: { index: false } };
}

export default async function PortalPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageAccess('portal.use', '/portal');
  const db = await getDb();
  // Waiting for approval: the person's own registrations, nothing of the company's.
  const pending = !user.companyId && (await hasPendingJoinRequest(db, user.id));
  if (!pending) await requireCompanyProfile(user, '/portal');
  const t = await getTranslations('portal');
  const [registrations, themes, unnamed, followed] = await Promise.all([
    readMyRegistrations(db, user.id),
    pending ? [] : readMyThemes(db, user.id),
    readUnnamedColleagues(db, user.id),
    readFollowedThemes(db, user.id),
  ]);
  // Every ticket of the person's parties in one query, not one per registration.
  const tickets = await readOwnPartyTickets(db, user.id, registrations.map((r) => r.id));
  const requested = (await searchParams).notice;
  const notice = notices.find((n) => n === requested);
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')}>
        <p className="mt-2">{user.name ? t('welcome', { name: user.name }) : t('welcomeNoName')}</p>
      </PageHeader>
      {notice ? (
        <div className="mb-8 max-w-3xl">
          <Notice tone="success">{t(`notices.${notice}`)}</Notice>
        </div>
      ) : null}
      {pending ? (
        <div className="mb-8 max-w-3xl">
          <Notice tone="info" title={t('pending.title')}>
            <p>{t('pending.text')}</p>
            <p className="mt-2">
              <Link href="/portal/profile" className="underline">{t('pending.link')}</Link>
            </p>
          </Notice>
        </div>
      ) : null}
      <MyRegistrations rows={registrations} locale={locale} unnamed={unnamed} tickets={tickets} />
      {pending ? null : <MyThemes rows={themes} locale={locale} />}
      <FollowedThemes rows={followed} userId={user.id} />
    </>
  );
}
