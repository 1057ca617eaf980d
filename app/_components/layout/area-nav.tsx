'use client';
// The menu of a signed-in area; marks the current page for screen readers (aria-current).
import { usePathname } from '@/lib/i18n/navigation';
import { Link } from '@/lib/i18n/navigation';
import type { NavItem } from '@/lib/navigation';

export function AreaNav({ label, items }: { label: string; items: (NavItem & { label: string })[] }) {
  const pathname = usePathname();
  const current = (href: string) =>
    pathname === href || (href.split('/').length > 2 && pathname.startsWith(`${href}/`));
  return (
    <nav aria-label={label} className="mb-8 border-b border-zinc-300" data-no-print>
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current(item.href) ? 'page' : undefined}
              className="inline-block border-b-4 border-transparent px-3 py-2 font-medium hover:underline aria-[current=page]:border-brand-600 aria-[current=page]:font-bold"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
