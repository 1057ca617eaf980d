// Tells a proposer that the secretariat worded their theme for publication: what the public now
// reads, and that their own text is kept (and still shown to them in the portal).
import { Button, Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { buttonStyle, EmailLayout } from './components/email-layout';

type Props = {
  t: EmailT;
  footer: string;
  lang: string;
  originalTitle: string;
  /** Null when the secretariat went back to the proposer's own words. */
  publicTitle: string | null;
  publicDescription: string | null;
  url: string;
};

export function ThemeWordingEmail({ t, footer, lang, originalTitle, publicTitle, publicDescription, url }: Props) {
  const restored = publicTitle === null && publicDescription === null;
  return (
    <EmailLayout lang={lang} preview={t('themeWording.heading')} heading={t('themeWording.heading')} footer={footer}>
      <Text>{t(restored ? 'themeWording.restored' : 'themeWording.text', { theme: originalTitle })}</Text>
      {publicTitle ? (
        <>
          <Text style={{ fontWeight: 'bold', marginBottom: 0 }}>{t('themeWording.publicTitle')}</Text>
          <Text style={{ marginTop: 4 }}>{publicTitle}</Text>
        </>
      ) : null}
      {publicDescription ? (
        <>
          <Text style={{ fontWeight: 'bold', marginBottom: 0 }}>{t('themeWording.publicDescription')}</Text>
          <Text style={{ marginTop: 4, whiteSpace: 'pre-wrap' }}>{publicDescription}</Text>
        </>
      ) : null}
      <Text>{t('themeWording.kept')}</Text>
      <Button href={url} style={buttonStyle}>
        {t('themeWording.button')}
      </Button>
    </EmailLayout>
  );
}

export default ThemeWordingEmail;
