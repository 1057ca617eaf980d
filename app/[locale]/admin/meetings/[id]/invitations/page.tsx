// Invitations to a published, upcoming meeting: choose segments (the count follows the choice),
// see the email in Danish and English, send a test to oneself, send behind a confirmation; then
// the live delivery progress and the history of invitations sent.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/app/_components/i18n/client-messages';
import { DeliveryProgress } from '@/app/_components/mail/delivery-progress';
import { Notice } from '@/app/_components/ui/notice';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import type { SegmentChoice } from '@/db/schema';
import { requirePageAccess } from '@/lib/auth/gate';
import { formatDateTime } from '@/lib/format/copenhagen-time';
import { invitationAction } from '@/lib/invitations/actions';
import { invitationEmail } from '@/lib/invitations/invitation-email';
import { readCompanyFilterChoices, readInvitationHistory, readInvitationMeeting, readInvitationProgress, type InvitationMeeting } from '@/lib/invitations/queries';
import { invitationRefusal, segmentOrder } from '@/lib/invitations/rules';
import { segmentChoiceFromSearch } from '@/lib/invitations/schema';
import { resolveSegments } from '@/lib/invitations/segments';
import { routing, type Locale } from '@/lib/i18n/routing';
import { emailPreviewDocument } from '@/lib/mail/email-preview';
import { prepareEmail } from '@/lib/mail/send-email';
import type { DbOrTx } from '@/db/client';
import { meetingPhase } from '@/lib/meetings/meeting-phase';
import { isRouteId } from '@/lib/validation/route-id';
import { MeetingSubnav } from '../../_components/meeting-subnav';
import { InvitationSendForm } from './_components/invitation-send-form';
import { SegmentChooser } from './_components/segment-chooser';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'invitations' });
  return { title: t('title'), robots: { index: false } };
}

async function previewOf(db: DbOrTx, meeting: InvitationMeeting, locale: Locale) {
  const email = await prepareEmail(db, { kind: 'meeting-invitation', to: '', locale, ...invitationEmail(meeting, locale) });
  return { locale, subject: email.subject, html: email.html };
}

// The texts this page's client components read (the chooser, the send form, the progress), given
// here rather than in the admin layout, so other admin pages do not carry them.
const invitationClientTexts = ['followupEditor.progress', 'invitations.choose', 'invitations.send', 'invitations.messages'] as const;

export default async function InvitationsPage(props: Props) {
  return <ClientMessages paths={invitationClientTexts}>{await InvitationsContent(props)}</ClientMessages>;
}

async function InvitationsContent({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageAccess('meeting.manage', `/admin/meetings/${id}/invitations`);
  if (!isRouteId(id)) notFound();
  const db = await getDb();
  const meeting = await readInvitationMeeting(db, id);
  if (!meeting) notFound();
  const t = await getTranslations('invitations');
  const refusal = invitationRefusal(meeting);
  const history = await readInvitationHistory(db, id);
  const progress = history.length ? await readInvitationProgress(db, id) : null;

  const subnav = (
    <MeetingSubnav meeting={{ id, slug: meeting.slug, status: meeting.status, phase: meetingPhase(meeting) }} current="invitations" />
  );
  const sent = (
    <>
      {progress ? (
        <div className="mt-10">
          <DeliveryProgress initial={progress} pollUrl={`/api/admin/meetings/${id}/invitations/delivery`} heading={t('progress.heading')} />
        </div>
      ) : null}
      <History history={history} locale={locale} t={t} />
    </>
  );

  if (refusal || !meeting.page) {
    return (
      <>
        {subnav}
        <PageHeader title={t('heading', { meeting: meeting.title })} />
        <Notice tone="warning">{t(`refused.${refusal ?? 'draft'}`)}</Notice>
        {sent}
      </>
    );
  }

  const choice = segmentChoiceFromSearch(await searchParams);
  const [filters, resolved, previews] = await Promise.all([
    readCompanyFilterChoices(db),
    choice ? resolveSegments(db, id, choice) : null,
    Promise.all(routing.locales.map((l) => previewOf(db, meeting.page!, l))),
  ]);
  const chosen = choice ?? { kinds: [], industryCodes: [], employeesBands: [] };
  const counts = resolved?.counts;
  return (
    <>
      {subnav}
      <PageHeader title={t('heading', { meeting: meeting.title })} intro={t('intro')} />

      <section aria-labelledby="choose" className="mb-10">
        <h2 id="choose" className="mb-4 text-xl font-bold">{t('choose.heading')}</h2>
        <SegmentChooser segments={segmentOrder} chosen={chosen} industries={filters.industries} bands={filters.bands} />
      </section>

      <section aria-labelledby="count" className="mb-10">
        <h2 id="count" className="mb-4 text-xl font-bold">{t('count.heading')}</h2>
        <div role="status" aria-live="polite">
          {counts ? (
            <>
              <div className="overflow-x-auto">
                <table className="w-full max-w-xl text-left">
                  <thead>
                    <tr className="border-b border-zinc-300">
                      <th scope="col" className="py-2 pr-4">{t('count.segmentColumn')}</th>
                      <th scope="col" className="py-2 text-right">{t('count.countColumn')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {segmentOrder
                      .filter((k) => counts.bySegment[k] !== undefined)
                      .map((k) => (
                        <tr key={k} className="border-b border-zinc-200">
                          <th scope="row" className="py-2 pr-4 font-normal">{t(`choose.segment.${k}`)}</th>
                          <td className="py-2 text-right tabular-nums" data-testid={`count-${k}`}>{counts.bySegment[k]}</td>
                        </tr>
                      ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row" className="py-2 pr-4">{t('count.total')}</th>
                      <td className="py-2 text-right font-bold tabular-nums" data-testid="count-total">{counts.total}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
              <p className="mt-3 font-semibold">{t('count.totalLine', { count: counts.total })}</p>
              <p className="mt-1 text-sm text-muted">{t('count.overlap')}</p>
              <p className="mt-1 text-sm text-muted">{t('count.excluded', { suppressed: counts.suppressed, invited: counts.alreadyInvited })}</p>
            </>
          ) : (
            <p className="text-muted">{t('count.none')}</p>
          )}
        </div>
      </section>

      <section aria-labelledby="preview" className="mb-10">
        <h2 id="preview" className="mb-2 text-xl font-bold">{t('preview.heading')}</h2>
        <p className="mb-4 text-muted">{t('preview.councilNote')}</p>
        <div className="grid gap-6 lg:grid-cols-2">
          {previews.map((p) => (
            <div key={p.locale}>
              <h3 className="font-semibold" lang={p.locale}>{t(`preview.${p.locale}`)}</h3>
              <p className="mb-2 break-words text-sm" lang={p.locale}>{t('preview.subject', { subject: p.subject })}</p>
              <iframe
                title={t('preview.frameTitle', { language: t(`preview.${p.locale}`) })}
                sandbox="allow-popups allow-popups-to-escape-sandbox"
                srcDoc={emailPreviewDocument(p.html)}
                className="h-[32rem] w-full rounded border border-zinc-300 bg-white"
                data-email-preview={p.locale}
              />
            </div>
          ))}
        </div>
      </section>

      <section aria-labelledby="send" className="mb-10">
        <h2 id="send" className="mb-4 text-xl font-bold">{t('send.heading')}</h2>
        <InvitationSendForm action={invitationAction} meetingId={id} choice={chosen} total={counts?.total ?? 0} />
      </section>
      {sent}
    </>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<'invitations'>>>;

function segmentsText(s: SegmentChoice, t: T) {
  const parts = segmentOrder.filter((k) => s.kinds.includes(k)).map((k) => t(`choose.segment.${k}`));
  if (s.industryCodes?.length) parts.push(t('history.industries', { list: s.industryCodes.join(', ') }));
  if (s.employeesBands?.length) parts.push(t('history.bands', { list: s.employeesBands.join(', ') }));
  return parts.join('; ');
}

function History({ history, locale, t }: { history: Awaited<ReturnType<typeof readInvitationHistory>>; locale: string; t: T }) {
  return (
    <section aria-labelledby="history" className="mt-10">
      <h2 id="history" className="mb-4 text-xl font-bold">{t('history.heading')}</h2>
      {history.length ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <thead>
              <tr className="border-b border-zinc-300">
                <th scope="col" className="py-2 pr-4">{t('history.sentAt')}</th>
                <th scope="col" className="py-2 pr-4">{t('history.sentBy')}</th>
                <th scope="col" className="py-2 pr-4">{t('history.segments')}</th>
                <th scope="col" className="py-2 text-right">{t('history.recipients')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr key={h.id} className="border-b border-zinc-200 align-top">
                  <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(h.sentAt, locale)}</td>
                  <td className="py-2 pr-4 break-all">{h.sentBy ?? h.sentByEmail ?? '–'}</td>
                  <td className="py-2 pr-4">{segmentsText(h.segments, t)}</td>
                  <td className="py-2 text-right tabular-nums" data-testid="history-recipients">{h.recipients}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-muted">{t('history.empty')}</p>
      )}
    </section>
  );
}
