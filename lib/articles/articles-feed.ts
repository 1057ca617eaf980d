// The articles as an RSS 2.0 or Atom 1.0 document, built with the `feed` library (which escapes
// every value). The article text goes in as HTML rendered by the same safe markdown renderer as
// the site, so no raw HTML from the editor ever reaches a feed reader.
import 'server-only';
import { Feed } from 'feed';
import Markdown from 'react-markdown';
import { createElement } from 'react';
import { markdownOptions } from '@/lib/markdown/markdown-options';

export type FeedArticle = {
  slug: string | null;
  title: string;
  lead: string;
  body: string;
  publishedAt: Date | null;
  updatedAt: Date;
};

export type FeedTexts = { title: string; description: string; language: string };

// RSS readers treat <description> as HTML: the lead is plain text, so it goes in escaped.
function escapeHtml(text: string) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

async function markdownToHtml(markdown: string) {
  const { renderToStaticMarkup } = await import('react-dom/server');
  return renderToStaticMarkup(createElement(Markdown, markdownOptions, markdown));
}

export async function buildArticlesFeed(articles: FeedArticle[], siteUrl: string, texts: FeedTexts) {
  const base = siteUrl.replace(/\/$/, '');
  const feed = new Feed({
    id: `${base}/articles`,
    link: `${base}/articles`,
    title: texts.title,
    description: texts.description,
    language: texts.language,
    copyright: 'Albertslund Kommune',
    updated: articles[0]?.updatedAt ?? new Date(0),
    generator: false,
    feedLinks: { rss: `${base}/feeds/articles.xml` },
  });
  for (const a of articles) {
    const link = `${base}/articles/${a.slug}`;
    feed.addItem({
      id: link,
      guid: link,
      link,
      title: a.title,
      description: escapeHtml(a.lead),
      content: await markdownToHtml(a.body),
      date: a.publishedAt ?? a.updatedAt,
      published: a.publishedAt ?? undefined,
    });
  }
  return feed;
}
