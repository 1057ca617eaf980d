// The sample CVR extract (the demo directory's 300 fictional companies) as a CSV file, offered on
// the import page so the secretariat can see the format the import takes.
import { demoDirectoryCsv } from '@/db/seed/demo-directory';
import { guardedRoute } from '@/lib/auth/route';

export const GET = guardedRoute('company.manage', async () =>
  new Response(demoDirectoryCsv(), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="cvr-eksempel.csv"',
      'cache-control': 'no-store',
    },
  }),
);
