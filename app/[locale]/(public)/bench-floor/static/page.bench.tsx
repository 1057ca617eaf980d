// Benchmark floor (only in the BENCH_BUILD build, see next.config.ts): a page of the public site
// that renders a heading and touches no data, cached like every public page. It is what the
// public pages' throughput is compared with, and the "empty page" of the First Load JS check.
import { setRequestLocale } from 'next-intl/server';
import { Container } from '@/app/_components/ui/container';

export default async function StaticFloorPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <Container>
      <h1 className="text-3xl font-bold">Benchmark floor (static)</h1>
    </Container>
  );
}
