// Invites a council member or staff member. The button leads to the sign-in page: the person
// asks for a sign-in link there with this address, and the role applies on that first sign-in.
import { Button, Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { buttonStyle, EmailLayout } from './components/email-layout';

type Props = { t: EmailT; footer: string; lang: string; role: string; inviter: string; email: string; url: string };

export function InvitationEmail({ t, footer, lang, role, inviter, email, url }: Props) {
  return (
    <EmailLayout lang={lang} preview={t('invitation.preview')} heading={t('invitation.heading')} footer={footer}>
      <Text>{t('invitation.text', { role: t(`invitation.roles.${role}`), inviter })}</Text>
      <Text>{t('invitation.howTo', { email })}</Text>
      <Button href={url} style={buttonStyle}>
        {t('invitation.button')}
      </Button>
      <Text style={{ fontSize: '13px', color: '#52525b' }}>{t('invitation.ignore')}</Text>
    </EmailLayout>
  );
}

export default InvitationEmail;
