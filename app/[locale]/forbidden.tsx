import { getTranslations } from 'next-intl/server';
import { Container } from '@/app/_components/ui/container';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { Link } from '@/lib/i18n/navigation';

// Rendered ahead of time with its segment, so it must not read the session itself:
// "/signin/continue" sends a signed-in person on to the area of their role.
export default async function Forbidden() {
  const t = await getTranslations('common.noAccess');
  return (
    <Container>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 max-w-2xl text-lg">{t('text')}</p>
      <p className="mt-6 flex flex-wrap gap-3">
        <Link href="/signin/continue" className={buttonClass.primary}>{t('yourArea')}</Link>
        <Link href="/" className={buttonClass.secondary}>{t('home')}</Link>
        <Link href="/signout" className={buttonClass.secondary}>{t('switchUser')}</Link>
      </p>
    </Container>
  );
}
