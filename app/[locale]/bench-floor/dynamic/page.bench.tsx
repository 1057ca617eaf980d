// Benchmark floor (only in the BENCH_BUILD build, see next.config.ts): rendered on every request
// and touching no data. The admin pages' throughput is compared with it.
import { setRequestLocale } from 'next-intl/server';
import { Container } from '@/app/_components/ui/container';

export const dynamic = 'force-dynamic';

export default async function DynamicFloorPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <Container>
      <h1 className="text-3xl font-bold">Benchmark floor (dynamic)</h1>
    </Container>
  );
}
