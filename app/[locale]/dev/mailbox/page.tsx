import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/app/_components/ui/container';
import { PageHeader } from '@/app/_components/ui/page-header';
import { formatDateTime } from '@/lib/format/copenhagen-time';
import { isMailboxEnabled } from '@/lib/mail/mailbox-access';
import { emailPreviewDocument } from '@/lib/mail/email-preview';
import { linksIn, listMailbox } from '@/lib/mail/queries';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ to?: string }> };

/** Each preview is a document of its own: a page of a hundred would be slow to open (and to check). */
const PREVIEWS = 5;


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'mailbox' });
  return { title: t('title'), robots: { index: false } };
}

export default async function MailboxPage({ params, searchParams }: Props) {
  if (!isMailboxEnabled()) notFound();
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('mailbox');
  const { to } = await searchParams;
  const messages = await listMailbox({ to });
  return (
    <Container>
      <PageHeader title={t('title')} intro={t('intro')} />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="mailbox-to" className="block font-semibold">{t('filter')}</label>
          <input id="mailbox-to" name="to" type="email" defaultValue={to} className="mt-1 rounded-md border border-zinc-500 px-3 py-2" />
        </div>
        <button type="submit" className="min-h-11 rounded-md border border-zinc-500 px-4 font-semibold">{t('filterButton')}</button>
        {to ? <a href="?" className="px-2 py-2 underline">{t('showAll')}</a> : null}
      </form>
      {messages.length === 0 ? <p>{t('empty')}</p> : null}
      {messages.length > PREVIEWS ? <p className="mb-4">{t('previewLimit')}</p> : null}
      <ol className="space-y-6">
        {messages.map((m, index) => {
          const links = linksIn(m.text);
          return (
            <li key={m.id}>
              <article aria-labelledby={`mail-${m.id}`} className="rounded-md border border-zinc-300 p-5" data-email-to={m.toEmail}>
                <h2 id={`mail-${m.id}`} className="text-lg font-bold">{m.subject}</h2>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 text-sm">
                  <dt className="font-semibold">{t('to')}</dt>
                  <dd>{m.toEmail}</dd>
                  <dt className="font-semibold">{t('sent')}</dt>
                  <dd>{formatDateTime(m.createdAt, locale)}</dd>
                  <dt className="font-semibold">{t('status')}</dt>
                  <dd>{m.status}</dd>
                  {Object.entries(m.headers ?? {}).map(([name, value]) => (
                    <div key={name} className="contents" data-email-header={name}>
                      <dt className="font-semibold">{name}</dt>
                      <dd className="break-all">{value}</dd>
                    </div>
                  ))}
                </dl>
                {links.length ? (
                  <>
                    <h3 className="mt-3 font-semibold">{t('links')}</h3>
                    <ul className="list-disc pl-6">
                      {links.map((href) => (
                        <li key={href} className="break-all">
                          <a href={href} className="underline">{href}</a>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {index < PREVIEWS ? (
                  <>
                    <h3 className="mt-3 font-semibold">{t('preview')}</h3>
                    <iframe
                      title={t('previewFrame', { subject: m.subject })}
                      sandbox="allow-popups allow-popups-to-escape-sandbox"
                      srcDoc={emailPreviewDocument(m.html)}
                      className="mt-1 h-[32rem] w-full rounded border border-zinc-300 bg-white"
                      data-email-preview
                    />
                  </>
                ) : null}
                <details className="mt-3">
                  <summary className="cursor-pointer font-semibold">{t('textVersion')}</summary>
                  <pre className="mt-2 max-h-64 overflow-auto whitespace-pre-wrap rounded bg-zinc-100 p-3 text-sm">{m.text}</pre>
                </details>
              </article>
            </li>
          );
        })}
      </ol>
    </Container>
  );
}
