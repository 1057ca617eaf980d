// The secretariat's contact details, for the statements' "contact us" sections.
import { getTranslations } from 'next-intl/server';
import type { ForumSettings } from '@/lib/forum/queries';

export async function ContactBlock({ settings }: { settings: ForumSettings | null }) {
  const t = await getTranslations('common.footer');
  if (!settings) return null;
  return (
    <address className="not-italic leading-relaxed">
      {settings.secretariatName}, {settings.municipality}
      <br />
      {settings.addressLine}, {settings.postalCity}
      <br />
      {t('email')}: <a className="underline" href={`mailto:${settings.email}`}>{settings.email}</a>
      <br />
      {t('phone')}: <a className="underline" href={`tel:+45${settings.phone.replace(/\s/g, '')}`}>{settings.phone}</a>
    </address>
  );
}
