// The page a signed link opens when its code is forged, damaged or no longer applies: a heading,
// the reason and a way home. Every page reached from a link in an email (release a seat, answer an
// evaluation, the council's answer) shows the same thing.
import { buttonClass } from '@/app/_components/ui/button-styles';
import { Container } from '@/app/_components/ui/container';
import { Notice } from '@/app/_components/ui/notice';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Link } from '@/lib/i18n/navigation';

export function RefusedLink({ title, reason, homeLabel }: { title: string; reason: string; homeLabel: string }) {
  return (
    <Container>
      <PageHeader title={title} />
      <div className="max-w-2xl">
        <Notice tone="error">{reason}</Notice>
        <p className="mt-6">
          <Link href="/" className={buttonClass.secondary}>
            {homeLabel}
          </Link>
        </p>
      </div>
    </Container>
  );
}
