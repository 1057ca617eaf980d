'use client';
// A link that prefetches its page when a person shows they may follow it (pointer over it,
// keyboard focus, a touch), not whenever it is in view. Menus of many links (the header's, the
// theme filters) otherwise cost every visit one server request per link: measured in the bench
// as 0.1–0.5 of a static page's request each, for pages the visitor mostly never opens.
import type { ComponentProps } from 'react';
import { Link, useRouter } from '@/lib/i18n/navigation';

type Props = Omit<ComponentProps<typeof Link>, 'href' | 'prefetch'> & { href: string };

export function IntentLink({ href, onMouseEnter, onFocus, onTouchStart, ...props }: Props) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return (
    <Link
      href={href}
      prefetch={false}
      onMouseEnter={(e) => {
        prefetch();
        onMouseEnter?.(e);
      }}
      onFocus={(e) => {
        prefetch();
        onFocus?.(e);
      }}
      onTouchStart={(e) => {
        prefetch();
        onTouchStart?.(e);
      }}
      {...props}
    />
  );
}
