'use client';
// The signed-in part of the header, loaded after the page so that public pages stay static
// and cacheable for everyone: the server never renders one user's name into a shared page.
// Only a browser with the signed-in hint asks /api/me; everyone else sees "sign in" at once.
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { useSignedInHint } from '@/app/_components/session/use-signed-in-hint';
import { clearSignedInHint } from '@/lib/auth/signed-in-hint';
import { Link, usePathname } from '@/lib/i18n/navigation';

type Me = { signedIn: false } | { signedIn: true; name: string; area: '/portal' | '/council' | '/admin' };

const areaKey = { '/portal': 'portal', '/council': 'council', '/admin': 'admin' } as const;

export function UserMenu() {
  const t = useTranslations('common.nav');
  const [me, setMe] = useState<Me | null>(null);
  // The header outlives client-side navigations, and a server action's redirect (after signing
  // out, deleting the account …) changes who is signed in without reloading the page: looking
  // again on every new path keeps the header true to the session (the hint is read anew on each
  // render, and sign-out clears it).
  const pathname = usePathname();
  const hinted = useSignedInHint();
  useEffect(() => {
    if (!hinted) return;
    let live = true;
    fetch('/api/me', { cache: 'no-store' })
      .then((r) => (r.ok ? r.json() : { signedIn: false }))
      .then((data: Me) => {
        // The session ended (expired, or removed elsewhere): stop asking on every page.
        if (!data.signedIn) clearSignedInHint();
        if (live) setMe(data);
      })
      .catch(() => live && setMe({ signedIn: false }));
    return () => {
      live = false;
    };
  }, [pathname, hinted]);

  const linkClass = 'rounded px-2 py-1 font-semibold text-brand-700 underline hover:text-brand-800';
  if (!hinted || !me || !me.signedIn) {
    // Sign-in is rendered per request: not prefetched on every page view.
    return (
      <Link href="/signin" prefetch={false} className={linkClass}>
        {t('signIn')}
      </Link>
    );
  }
  return (
    <>
      <Link href={me.area} prefetch={false} className={linkClass}>
        {t(areaKey[me.area])}
      </Link>
      <span className="sr-only">{t('signedInAs', { name: me.name })}</span>
      <Link href="/signout" prefetch={false} className={linkClass}>
        {t('signOut')}
      </Link>
    </>
  );
}
