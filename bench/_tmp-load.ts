import { loadRoute } from './load';
const h = { cookie: 'authjs.session-token=da9f69d99b4438bad1122d9c3d4d465bc59a38e41a99533da8e233ba9dc3761d' };
for (const c of [10, 50]) for (const p of ['/bench-floor/dynamic', '/admin/themes', '/admin/meetings/0d53274b-afca-48ad-9ad9-90871b5060f1/registrations']) {
  const r = await loadRoute('http://localhost:3917' + p, h, { seconds: 6, connections: c });
  console.log(c, p, Math.round(r.rps), r.p50, r.p99, r.non2xx, r.errors);
}
