// A briefing to the Finance Committee as a document, in municipal order: case number (Sagsnr.),
// title, the facts (addressee, sender, date, meeting), summary (Resumé), the account
// (Sagsfremstilling), recommendation (Indstilling), and the signature. Only a briefing the chair
// approved carries the chair's name; before that it says "Udkast – ikke godkendt". The same on
// screen and on paper; print CSS lays it out on A4 (the site's header, footer and menus are hidden
// in print by globals.css).
import { getTranslations } from 'next-intl/server';
import { MarkdownText } from '@/app/_components/ui/markdown';
import { formatDate, formatDateTime } from '@/lib/format/copenhagen-time';
import type { ForumSettings } from '@/lib/forum/queries';

type Props = {
  /** dispatchedAt is null for a draft. */
  briefing: {
    title: string;
    body: string;
    dispatchedAt: Date | null;
    caseNumber?: string;
    summary?: string;
    recommendation?: string;
  };
  meeting: { title: string; startsAt: Date };
  settings: ForumSettings | null;
  locale: string;
  /** The chair who approved it (see briefingSignatory); null while it is not approved. */
  signatory: string | null;
  /** 1 where the document is the page (council reading, print view); 2 inside another page. */
  headingLevel?: 1 | 2;
};

export async function BriefingDocument({ briefing, meeting, settings, locale, signatory, headingLevel = 1 }: Props) {
  const { title, body, dispatchedAt, caseNumber = '', summary = '', recommendation = '' } = briefing;
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const Section = headingLevel === 1 ? 'h2' : 'h3';
  const t = await getTranslations('followups.document');
  const tc = await getTranslations('briefingCase.document');
  const rows: [string, string][] = [
    [tc('caseNumber'), caseNumber || tc('noCaseNumber')],
    [t('to'), settings?.reportsTo ?? ''],
    [t('from'), settings ? t('fromValue', { forum: settings.forumName, secretariat: settings.secretariatName }) : ''],
    [t('date'), formatDate(dispatchedAt ?? new Date(), locale)],
    [t('meeting'), `${meeting.title}, ${formatDateTime(meeting.startsAt, locale)}`],
  ];
  // Briefings sent before the case fields existed have only the account.
  const municipalForm = Boolean(summary.trim() || recommendation.trim());
  return (
    <article className="max-w-3xl rounded-md border border-zinc-300 bg-white p-6 sm:p-10 print:max-w-none print:border-0 print:p-0">
      {dispatchedAt ? null : (
        <p className="mb-4 inline-block rounded border-2 border-amber-700 px-2 py-1 font-bold text-amber-900">{t('draft')}</p>
      )}
      {settings ? (
        <p className="text-sm text-muted print:text-black">
          {settings.municipality} · {settings.forumName}
        </p>
      ) : null}
      {caseNumber ? (
        <p className="mt-2 font-semibold" data-case-number>
          {`${tc('caseNumber')} ${caseNumber}`}
        </p>
      ) : null}
      <Heading className="mt-2 text-3xl font-bold tracking-tight print:text-2xl">{title}</Heading>
      <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 border-y border-zinc-300 py-3 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {summary.trim() ? (
        <section className="mt-6 break-inside-avoid">
          <Section className="text-xl font-bold">{tc('summary')}</Section>
          <p className="mt-2 whitespace-pre-line">{summary}</p>
        </section>
      ) : null}
      {municipalForm ? <Section className="mt-6 text-xl font-bold">{tc('account')}</Section> : null}
      <MarkdownText className="mt-4 print:max-w-none [&_h2]:break-after-avoid [&_li]:break-inside-avoid">{body}</MarkdownText>
      {recommendation.trim() ? (
        <section className="mt-6 break-inside-avoid">
          <Section className="text-xl font-bold">{tc('recommendation')}</Section>
          <p className="mt-2 whitespace-pre-line">{recommendation}</p>
        </section>
      ) : null}
      <div className="mt-10 break-inside-avoid" data-signature>
        <p>{t('regards')}</p>
        {signatory ? (
          <>
            <p className="mt-8 font-semibold">{signatory}</p>
            {settings ? <p>{t('chairRole', { title: settings.chairTitle, forum: settings.forumName })}</p> : null}
          </>
        ) : (
          <p className="mt-8 font-bold text-amber-900">{tc('draft')}</p>
        )}
      </div>
    </article>
  );
}
