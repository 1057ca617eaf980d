import { getTranslations } from 'next-intl/server';
import { Container } from '@/app/_components/ui/container';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { Link } from '@/lib/i18n/navigation';

export default async function NotFound() {
  const t = await getTranslations('common.notFound');
  return (
    <Container>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 max-w-2xl text-lg">{t('text')}</p>
      <p className="mt-6">
        <Link href="/" className={buttonClass.primary}>{t('home')}</Link>
      </p>
    </Container>
  );
}
