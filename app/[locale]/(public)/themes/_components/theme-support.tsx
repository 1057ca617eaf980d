'use client';
// Support buttons on the static /themes page. One request tells which themes the visitor's
// company supports; each button then toggles its theme. Signed-out visitors see one hint, without
// a request: only a browser with the signed-in hint asks.
import { useLocale, useTranslations } from 'next-intl';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useSignedInHint } from '@/app/_components/session/use-signed-in-hint';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { Link } from '@/lib/i18n/navigation';
import { supportThemeAction, withdrawSupportAction } from '@/lib/themes/actions';
import { withRuntimeKeys } from '@/lib/i18n/runtime-key';

type SupportState = { signedIn: boolean; canSupport: boolean; needsProfile: boolean; supported: string[]; own: string[] };

const SupportContext = createContext<{ state: SupportState | null; toggle: (themeId: string, on: boolean) => Promise<string | null> }>({
  state: null,
  toggle: async () => null,
});

const SIGNED_OUT: SupportState = { signedIn: false, canSupport: false, needsProfile: false, supported: [], own: [] };

export function ThemeSupportProvider({ children }: { children: ReactNode }) {
  const t = useTranslations('themes.support');
  const locale = useLocale();
  const [fetched, setState] = useState<SupportState | null>(null);
  const hinted = useSignedInHint();
  useEffect(() => {
    if (!hinted) return;
    let live = true;
    fetch('/api/themes/supported', { cache: 'no-store' })
      .then((r) => (r.ok ? (r.json() as Promise<SupportState>) : null))
      .then((data) => live && setState(data))
      .catch(() => live && setState(null));
    return () => {
      live = false;
    };
  }, [hinted]);
  const state = hinted ? fetched : SIGNED_OUT;

  const toggle = useCallback(async (themeId: string, on: boolean) => {
    const result = on ? await supportThemeAction({ themeId }) : await withdrawSupportAction({ themeId });
    if (!result.ok) return result.error;
    setState((s) => s && { ...s, supported: on ? [...s.supported, themeId] : s.supported.filter((id) => id !== themeId) });
    return null;
  }, []);

  return (
    <SupportContext.Provider value={{ state, toggle }}>
      {state && !state.signedIn ? (
        <p className="mb-6">
          {t('signInHint')}{' '}
          <Link href={{ pathname: '/signin', query: { callbackUrl: locale === 'da' ? '/themes' : `/${locale}/themes` } }} prefetch={false} className="font-semibold underline">{t('signIn')}</Link>
        </p>
      ) : null}
      {state?.needsProfile ? (
        <p className="mb-6">
          {t('profileHint')}{' '}
          <Link href="/portal/profile" prefetch={false} className="font-semibold underline">{t('completeProfile')}</Link>
        </p>
      ) : null}
      {children}
    </SupportContext.Provider>
  );
}

export function SupportButton({ themeId, themeTitle }: { themeId: string; themeTitle: string }) {
  const t = useTranslations('themes.support');
  const { state, toggle } = useContext(SupportContext);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!state?.canSupport || state.needsProfile) return null;
  if (state.own.includes(themeId)) return <p className="text-sm text-muted">{t('own')}</p>;
  const supported = state.supported.includes(themeId);
  const press = async () => {
    setPending(true);
    setError(await toggle(themeId, !supported));
    setPending(false);
  };
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" className={supported ? buttonClass.secondary : buttonClass.primary} aria-pressed={supported} disabled={pending} onClick={press}>
        {pending ? t('saving') : supported ? t('supported') : t('support')}
        <span className="sr-only">: {themeTitle}</span>
      </button>
      <span aria-live="polite" className="text-sm">
        {error ? <span className="font-semibold text-red-700">{withRuntimeKeys(t).has(`errors.${error}`) ? withRuntimeKeys(t)(`errors.${error}`) : t('errors.failed')}</span> : null}
      </span>
    </div>
  );
}
