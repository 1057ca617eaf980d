import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/app/_components/i18n/client-messages';
import { Container } from '@/app/_components/ui/container';
import { PageHeader } from '@/app/_components/ui/page-header';
import { SignOutForm } from './sign-out-form';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'auth.signOut' });
  return { title: t('title'), robots: { index: false } };
}

export default async function SignOutPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('auth.signOut');
  return (
    <Container>
      <PageHeader title={t('title')} intro={t('text')} />
      <ClientMessages paths={['auth.signOut']}>
        <SignOutForm />
      </ClientMessages>
    </Container>
  );
}
