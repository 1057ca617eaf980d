// Renders user-written markdown as React elements: never raw HTML (see lib/markdown).
import clsx from 'clsx';
import Markdown from 'react-markdown';
import { markdownOptions } from '@/lib/markdown/markdown-options';

export function MarkdownText({ children, className }: { children: string; className?: string }) {
  return (
    <div className={clsx('markdown max-w-3xl space-y-3 [&_a]:underline [&_h2]:mt-6 [&_h2]:text-xl [&_h2]:font-bold [&_h3]:font-bold [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6', className)}>
      <Markdown {...markdownOptions}>{children}</Markdown>
    </div>
  );
}
