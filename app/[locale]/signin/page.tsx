import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/app/_components/i18n/client-messages';
import { Container } from '@/app/_components/ui/container';
import { PageHeader } from '@/app/_components/ui/page-header';
import { demoUsers } from '@/db/seed/demo-people';
import { safeReturnPath } from '@/lib/auth/safe-return-path';
import { isMailboxEnabled } from '@/lib/mail/mailbox-access';
import { Link } from '@/lib/i18n/navigation';
import { SignInForm } from './sign-in-form';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ callbackUrl?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'auth.signIn' });
  return { title: t('title'), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('auth.signIn');
  const callbackUrl = safeReturnPath((await searchParams).callbackUrl);
  return (
    <Container>
      <PageHeader title={t('title')} intro={t('intro')} />
      <ClientMessages paths={['auth.signIn']}>
        <SignInForm callbackUrl={callbackUrl} />
      </ClientMessages>
      <p className="mt-6 text-muted">{t('firstTime')}</p>
      {isMailboxEnabled() ? (
        <section aria-labelledby="demo-users" className="mt-10 max-w-xl rounded-md border border-zinc-300 p-5">
          <h2 id="demo-users" className="text-lg font-bold">{t('demoUsers')}</h2>
          <p className="mt-1 text-sm text-muted">{t('demoUsersHint')}</p>
          <ul className="mt-3 space-y-1">
            {demoUsers.map((u) => (
              <li key={u.email}>
                <code>{u.email}</code> – {u.name} ({u.role})
              </li>
            ))}
          </ul>
          <p className="mt-3">
            <Link href="/dev/mailbox" className="font-semibold underline">{t('mailboxLink')}</Link>
          </p>
        </section>
      ) : null}
    </Container>
  );
}
