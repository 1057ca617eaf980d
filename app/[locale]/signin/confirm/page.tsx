import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/app/_components/ui/container';
import { PageHeader } from '@/app/_components/ui/page-header';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { Notice } from '@/app/_components/ui/notice';
import { Link } from '@/lib/i18n/navigation';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string; email?: string; callbackUrl?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'auth.confirm' });
  return { title: t('title'), robots: { index: false }, referrer: 'no-referrer' };
}

// Opening this page spends nothing: mail scanners may GET it freely. Only the button
// (a person's click) takes the token to Auth.js.
export default async function ConfirmSignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('auth.confirm');
  const { token, email, callbackUrl } = await searchParams;
  if (!token || !email) {
    return (
      <Container>
        <PageHeader title={t('title')} />
        <Notice tone="error">{t('invalid')}</Notice>
        <p className="mt-4"><Link href="/signin" className="underline">{t('button')}</Link></p>
      </Container>
    );
  }
  return (
    <Container>
      <PageHeader title={t('title')} intro={t('text', { email })} />
      <form method="get" action="/api/auth/callback/resend">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
        <button type="submit" className={buttonClass.primary}>{t('button')}</button>
      </form>
      <p className="mt-6 max-w-xl text-sm text-muted">{t('why')}</p>
    </Container>
  );
}
