'use client';
// The designed 500 page: no stack trace, only a reference the secretariat can look up in logs.
import { useTranslations } from 'next-intl';
import { Container } from '@/app/_components/ui/container';
import { buttonClass } from '@/app/_components/ui/button-styles';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('common.error');
  return (
    <Container>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 max-w-2xl text-lg">{t('text')}</p>
      {error.digest ? <p className="mt-2 text-sm text-muted">{t('reference', { digest: error.digest })}</p> : null}
      <p className="mt-6">
        <button type="button" onClick={reset} className={buttonClass.primary}>{t('retry')}</button>
      </p>
    </Container>
  );
}
