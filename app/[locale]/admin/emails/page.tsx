import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/gate';
import { formatDateTime } from '@/lib/format/copenhagen-time';
import { retryEmailAction } from '@/lib/mail/actions';
import { readFailedPersonalEmails } from '@/lib/mail/failed-emails';
import { ConfirmAction } from '../_components/confirm-action';
import { AdminClientMessages } from '../_components/admin-client-messages';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'adminEmails' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** Personal emails the provider refused, each with "send again" (see lib/mail/failed-emails.ts). */
export default async function FailedEmailsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageAccess('admin.access', '/admin/emails');
  const t = await getTranslations('adminEmails');
  const emails = await readFailedPersonalEmails(await getDb());
  return (
    <AdminClientMessages>
      <>
        <PageHeader title={t('title')} intro={t('intro')} />
        <section aria-labelledby="emails-failed">
          <h2 id="emails-failed" className="mb-3 text-2xl font-bold">{t('listTitle')}</h2>
          {emails.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <ul className="divide-y divide-zinc-200 rounded-md border border-zinc-300">
              {emails.map((email) => (
                <li key={email.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between">
                  <dl className="grid min-w-0 grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                    <dt className="font-semibold">{t('to')}</dt>
                    <dd className="break-all">{email.toEmail}</dd>
                    <dt className="font-semibold">{t('subject')}</dt>
                    <dd className="break-words">{email.subject}</dd>
                    <dt className="font-semibold">{t('queuedAt')}</dt>
                    <dd>{formatDateTime(email.createdAt, locale)}</dd>
                    <dt className="font-semibold">{t('error')}</dt>
                    <dd className="break-words">
                      {email.lastError ?? '–'} <span className="text-muted">({t('attempts', { count: email.attempts })})</span>
                    </dd>
                  </dl>
                  <ConfirmAction
                    action={retryEmailAction}
                    hidden={{ emailId: email.id }}
                    label={t('retry')}
                    question={t('retryQuestion', { subject: email.subject, email: email.toEmail })}
                    confirmLabel={t('retryConfirm')}
                    variant="primary"
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
      </>
    </AdminClientMessages>
  );
}
