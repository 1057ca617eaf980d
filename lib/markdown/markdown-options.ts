// The safe markdown subset used for every user-written text (themes, briefings, articles,
// emails): GitHub-flavoured markdown, no raw HTML (react-markdown drops it unless told
// otherwise), only http(s) and mailto links, no images.
import { defaultUrlTransform, type Options } from 'react-markdown';
import remarkGfm from 'remark-gfm';

export function safeUrl(url: string): string {
  const cleaned = defaultUrlTransform(url);
  return /^(https?:|mailto:|\/|#)/i.test(cleaned) ? cleaned : '';
}

export const markdownOptions: Options = {
  remarkPlugins: [remarkGfm],
  skipHtml: true,
  disallowedElements: ['img', 'script', 'style', 'iframe'],
  unwrapDisallowed: false,
  urlTransform: safeUrl,
};
