'use client';
// The signed-in part of the header, loaded after the page so that public pages stay static
// and cacheable for everyone: the server never renders one user's name into a shared page.
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Link, usePathname } from '@/lib/i18n/navigation';

type Me = { signedIn: false } | { signedIn: true; name: string; area: '/portal' | '/council' | '/admin' };

const areaKey = { '/portal': 'portal', '/council': 'council', '/admin': 'admin' } as const;

export function UserMenu() {
  const t = useTranslations('common.nav');
  const [me, setMe] = useState<Me | null>(null);
  // The header outlives client-side navigations, and a server action's redirect (after signing
  // in, deleting the account …) changes who is signed in without reloading the page: asking
  // again on every new path keeps the header true to the session.
  const pathname = usePathname();
  useEffect(() => {
    let live = true;
    fetch('/api/me', { cache: 'no-store' })
      .then((r) => (r.ok ? r.json() : { signedIn: false }))
      .then((data: Me) => live && setMe(data))
      .catch(() => live && setMe({ signedIn: false }));
    return () => {
      live = false;
    };
  }, [pathname]);

  const linkClass = 'rounded px-2 py-1 font-semibold text-brand-700 underline hover:text-brand-800';
  if (!me || !me.signedIn) {
    return (
      <Link href="/signin" className={linkClass}>
        {t('signIn')}
      </Link>
    );
  }
  return (
    <>
      <Link href={me.area} className={linkClass}>
        {t(areaKey[me.area])}
      </Link>
      <span className="sr-only">{t('signedInAs', { name: me.name })}</span>
      <Link href="/signout" className={linkClass}>
        {t('signOut')}
      </Link>
    </>
  );
}
