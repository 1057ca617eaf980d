// The frame every email shares: a plain, accessible single column with the forum's footer.
import { Body, Container, Head, Heading, Hr, Html, Preview, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';

type Props = { lang: string; preview: string; heading: string; footer: string; children: ReactNode };

export function EmailLayout({ lang, preview, heading, footer, children }: Props) {
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: '#f4f4f5', fontFamily: 'Arial, Helvetica, sans-serif', color: '#18181b' }}>
        <Container style={{ backgroundColor: '#ffffff', padding: '32px', maxWidth: '600px' }}>
          <Text style={{ fontSize: '14px', color: '#3f3f46', margin: 0 }}>Strategisk Erhvervsforum · Albertslund</Text>
          <Heading as="h1" style={{ fontSize: '24px', margin: '16px 0' }}>
            {heading}
          </Heading>
          <Section>{children}</Section>
          <Hr style={{ margin: '32px 0 16px' }} />
          <Text style={{ fontSize: '12px', color: '#52525b' }}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export const buttonStyle = {
  backgroundColor: '#1d4ed8',
  color: '#ffffff',
  padding: '12px 20px',
  borderRadius: '6px',
  textDecoration: 'none',
  fontWeight: 'bold',
  display: 'inline-block',
} as const;
