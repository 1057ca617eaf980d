// User-written markdown inside an email: the same safe subset as on the site (no raw HTML, no
// images, only http(s)/mailto links), with the inline styles email clients need.
import Markdown from 'react-markdown';
import { markdownOptions } from '@/lib/markdown/markdown-options';

const text = { fontSize: '16px', lineHeight: '24px', margin: '0 0 16px' } as const;

export function EmailMarkdown({ children }: { children: string }) {
  return (
    <Markdown
      {...markdownOptions}
      components={{
        p: ({ children: c }) => <p style={text}>{c}</p>,
        li: ({ children: c }) => <li style={{ ...text, margin: '0 0 4px' }}>{c}</li>,
        h1: ({ children: c }) => <h2 style={{ fontSize: '20px', margin: '24px 0 8px' }}>{c}</h2>,
        h2: ({ children: c }) => <h2 style={{ fontSize: '20px', margin: '24px 0 8px' }}>{c}</h2>,
        h3: ({ children: c }) => <h3 style={{ fontSize: '17px', margin: '20px 0 8px' }}>{c}</h3>,
        a: ({ children: c, href }) => (
          <a href={href} style={{ color: '#1d4ed8', textDecoration: 'underline' }}>
            {c}
          </a>
        ),
      }}
    >
      {children}
    </Markdown>
  );
}
