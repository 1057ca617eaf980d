'use client';
// Following a theme from its cached page. A browser that may be signed in (the signed-in hint)
// asks a small route handler whether the visitor follows the theme; everyone else sees the
// sign-in hint without a request. The button says its state (aria-pressed) and works by keyboard.
// Its words come from the page (themeTrail.follow), so no messages are shipped to every page.
import { useLocale } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { useSignedInHint } from '@/app/_components/session/use-signed-in-hint';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { Link } from '@/lib/i18n/navigation';
import { followThemeAction, unfollowThemeAction } from '@/lib/themes/trail-actions';

type FollowState = { signedIn: boolean; canFollow: boolean; following: boolean };

const SIGNED_OUT: FollowState = { signedIn: false, canFollow: false, following: false };

export type FollowTexts = Record<
  'follow' | 'following' | 'notFollowing' | 'signInHint' | 'signIn' | 'onlyCompanies' | 'loading' | 'saving' | 'failed',
  string
> & { errors: Record<string, string> };

export function FollowPanel({ themeId, themeTitle, texts }: { themeId: string; themeTitle: string; texts: FollowTexts }) {
  const t = (key: Exclude<keyof FollowTexts, 'errors'>) => texts[key];
  const locale = useLocale();
  const hinted = useSignedInHint();
  const [fetched, setFetched] = useState<FollowState | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!hinted) return;
    let live = true;
    fetch(`/api/themes/${themeId}/follow`, { cache: 'no-store' })
      .then((r) => (r.ok ? (r.json() as Promise<FollowState>) : Promise.reject(new Error(String(r.status)))))
      .then((data) => live && setFetched(data))
      .catch(() => live && setFetched(SIGNED_OUT));
    return () => {
      live = false;
    };
  }, [hinted, themeId]);

  const state = hinted ? fetched : SIGNED_OUT;
  const press = useCallback(async () => {
    if (!state) return;
    setPending(true);
    setError(null);
    const result = state.following ? await unfollowThemeAction({ themeId }) : await followThemeAction({ themeId });
    if (result.ok) setFetched({ ...state, following: result.data.following });
    else setError(result.error);
    setPending(false);
  }, [state, themeId]);

  if (!state) return <p>{t('loading')}</p>;
  if (!state.signedIn) {
    const here = `${locale === 'da' ? '' : `/${locale}`}/themes/${themeId}`;
    return (
      <p>
        {t('signInHint')}{' '}
        <Link href={{ pathname: '/signin', query: { callbackUrl: here } }} prefetch={false} className="font-semibold underline">
          {t('signIn')}
        </Link>
      </p>
    );
  }
  if (!state.canFollow) return <p>{t('onlyCompanies')}</p>;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        className={state.following ? buttonClass.secondary : buttonClass.primary}
        aria-pressed={state.following}
        disabled={pending}
        onClick={press}
      >
        {pending ? t('saving') : t('follow')}
        <span className="sr-only">: {themeTitle}</span>
      </button>
      <p aria-live="polite" className="text-sm">
        {error ? (
          <span className="font-semibold text-red-700">{texts.errors[error] ?? t('failed')}</span>
        ) : state.following ? (
          t('following')
        ) : (
          t('notFollowing')
        )}
      </p>
    </div>
  );
}
