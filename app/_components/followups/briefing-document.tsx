// A briefing to the Finance Committee as a document: addressee, sender, date, the text and the
// chair's signature. The same on screen and on paper; print CSS lays it out on A4 (the site's
// header, footer and menus are hidden in print by globals.css).
import { getTranslations } from 'next-intl/server';
import { MarkdownText } from '@/app/_components/ui/markdown';
import { formatDate, formatDateTime } from '@/lib/format/copenhagen-time';
import type { ForumSettings } from '@/lib/forum/queries';

type Props = {
  /** dispatchedAt is null for a draft. */
  briefing: { title: string; body: string; dispatchedAt: Date | null };
  meeting: { title: string; startsAt: Date };
  settings: ForumSettings | null;
  locale: string;
  /** 1 where the document is the page (council reading, print view); 2 inside another page. */
  headingLevel?: 1 | 2;
};

export async function BriefingDocument({ briefing, meeting, settings, locale, headingLevel = 1 }: Props) {
  const { title, body, dispatchedAt } = briefing;
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const t = await getTranslations('followups.document');
  const rows: [string, string][] = [
    [t('to'), settings?.reportsTo ?? ''],
    [t('from'), settings ? t('fromValue', { forum: settings.forumName, secretariat: settings.secretariatName }) : ''],
    [t('date'), formatDate(dispatchedAt ?? new Date(), locale)],
    [t('meeting'), `${meeting.title}, ${formatDateTime(meeting.startsAt, locale)}`],
  ];
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
      <Heading className="mt-2 text-3xl font-bold tracking-tight print:text-2xl">{title}</Heading>
      <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 border-y border-zinc-300 py-3 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <MarkdownText className="mt-6 print:max-w-none [&_h2]:break-after-avoid [&_li]:break-inside-avoid">{body}</MarkdownText>
      {settings ? (
        <div className="mt-10 break-inside-avoid">
          <p>{t('regards')}</p>
          <p className="mt-8 font-semibold">{settings.chairName}</p>
          <p>{t('chairRole', { title: settings.chairTitle, forum: settings.forumName })}</p>
        </div>
      ) : null}
    </article>
  );
}
