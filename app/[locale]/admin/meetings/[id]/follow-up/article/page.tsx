// The article on the business website: editor with preview, publish behind a confirmation,
// corrections in place once published, and unpublish.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Notice } from '@/app/_components/ui/notice';
import { articleAction, unpublishArticleAction } from '@/lib/followups/actions';
import { draftArticle } from '@/lib/followups/drafts';
import { readMeetingFacts, readFollowup } from '@/lib/followups/queries';
import { isPublished } from '@/lib/followups/publish-article';
import { Link } from '@/lib/i18n/navigation';
import { FollowupForm } from '../_components/followup-form';
import { FollowupHeader } from '../_components/followup-header';
import { UnpublishForm } from '../_components/unpublish-form';
import { loadFollowupMeeting, type FollowupPageProps } from '../_lib/load-meeting';
import { withRuntimeKeys } from '@/lib/i18n/runtime-key';

export async function generateMetadata(props: FollowupPageProps): Promise<Metadata> {
  const { locale } = await props.params;
  const t = await getTranslations({ locale, namespace: 'followups' });
  return { title: t('article.title'), robots: { index: false } };
}

export default async function ArticleFollowupPage(props: FollowupPageProps) {
  const { db, locale, meeting, held } = await loadFollowupMeeting(props, '/article');
  const t = await getTranslations('followups');
  const row = await readFollowup(db, meeting.id, 'article');
  const published = row ? isPublished(row) : false;
  const defaults =
    row && row.body
      ? { title: row.title, lead: row.lead, body: row.body }
      : draftArticle(await readMeetingFacts(db, meeting), withRuntimeKeys(await getTranslations('followups.drafts.article')));
  return (
    <>
      <FollowupHeader meetingId={meeting.id} heading={`${t('article.title')}: ${meeting.title}`} row={row} locale={locale} />
      <div className="mb-6 space-y-3">
        {published ? (
          <Notice tone="success">
            {t('article.publishedIntro')}{' '}
            <Link href={`/articles/${row!.slug}`} className="font-semibold underline">
              {t('article.viewPublic')}
            </Link>
          </Notice>
        ) : row?.unpublishedAt ? (
          <Notice tone="warning">{t('article.unpublishedIntro')}</Notice>
        ) : (
          <p className="max-w-3xl">
            {t.rich('article.intro', {
              link: (chunks) => (
                <Link href="/articles" className="underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}
        {held ? null : <Notice tone="warning">{t('overview.notHeld')}</Notice>}
      </div>
      <FollowupForm
        // A new form after publishing or taking down, so its buttons match the new state.
        key={published ? 'published' : 'draft'}
        kind="article"
        action={articleAction}
        meetingId={meeting.id}
        version={row?.version ?? 1}
        defaults={defaults}
        recipientCount={0}
        canDispatch={held}
        published={published}
      />
      {published ? <UnpublishForm action={unpublishArticleAction} meetingId={meeting.id} /> : null}
    </>
  );
}
