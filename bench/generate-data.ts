// Fills a fresh PostgreSQL database for the benchmark: the demo data, then 5,000 companies,
// 10,000 users, 200 meetings (with agendas), 2,000 themes and 50,000 registrations, written
// with bulk inserts through drizzle and the real schema. One held meeting (the "annual
// conference") has every user as a participant: the participant-email dispatch is measured on it.
//
//   npx tsx bench/generate-data.ts [database-name] [--demo-only]
import { addDays, addMinutes } from 'date-fns';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from '../db/schema';
import { seedDemoData } from '../db/seed/seed-demo-data';
import type { DbOrTx } from '../db/client';
import { isValidCvr } from '../lib/companies/cvr';
import { adminUrl, databaseUrl } from './bench-config';

const {
  agendaItems,
  agendaItemSpeakers,
  companies,
  meetings,
  meetingThemes,
  registrations,
  speakers,
  themes,
  themeSupports,
  users,
} = schema;

export const SIZES = { companies: 5_000, users: 10_000, meetings: 200, themes: 2_000, registrations: 50_000 };
export const CONFERENCE_SLUG = 'bench-aarskonference';

// A small deterministic PRNG (mulberry32), so every run builds the same data set.
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(20_141_008);
const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

const words = ['Vestegnens', 'Herstedøster', 'Albertslund', 'Nordmarks', 'Roskildevej', 'Lysregionens', 'Grøn', 'Nordisk', 'Dansk', 'Ring 3'];
const trades = ['Tømrer', 'Logistik', 'Plast', 'Lysteknik', 'Rådgivning', 'Fødevarer', 'Metal', 'IT', 'Transport', 'Byg', 'Energi', 'Medico'];
const forms = ['ApS', 'A/S', 'I/S', 'IVS'];
const industries = ['Industri', 'Handel', 'Transport', 'Byggeri', 'Rådgivning', 'IT', 'Sundhed', 'Energi', 'Fødevarer'];
const firstNames = ['Anne', 'Mette', 'Lars', 'Jens', 'Hanne', 'Peter', 'Sofie', 'Mads', 'Ida', 'Niels', 'Karen', 'Ali', 'Fatima', 'Jonas'];
const lastNames = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Yilmaz'];
const titles = ['Direktør', 'Indkøbschef', 'HR-chef', 'Ejer', 'Salgschef', 'Projektleder'];
const topics = ['adgang til kvalificeret arbejdskraft', 'grøn omstilling i produktionen', 'trafik og parkering i industriparken', 'samarbejde med erhvervsskolerne', 'eksport til de nordiske markeder', 'digitalisering i små virksomheder', 'energirenovering af erhvervsbygninger', 'lokale indkøb og udbud'];

function* cvrNumbers() {
  for (let n = 20_000_000; ; n++) if (isValidCvr(String(n))) yield String(n);
}

async function insertChunked<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export async function createDatabase(name: string) {
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
}

/** A fresh database with the project's migrations and the demo data; the bulk data unless demoOnly. */
export async function generate(name: string, { demoOnly = false } = {}) {
  const started = Date.now();
  await createDatabase(name);
  const client = postgres(databaseUrl(name), { max: 4, onnotice: () => {} });
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: 'db/migrations' });
  await seedDemoData(db as unknown as DbOrTx);
  if (!demoOnly) await addBulkData(db as unknown as DbOrTx);
  await client.unsafe('ANALYZE');
  await client.end();
  return Date.now() - started;
}

async function addBulkData(db: DbOrTx) {
  const now = new Date();
  const cvr = cvrNumbers();

  // Companies.
  const companyRows = Array.from({ length: SIZES.companies }, (_, i) => ({
    id: crypto.randomUUID(),
    cvr: cvr.next().value as string,
    name: `${pick(words)} ${pick(trades)} ${i + 1} ${pick(forms)}`,
    address: `${pick(words)}vej ${between(1, 180)}`,
    postalCode: '2620',
    city: 'Albertslund',
    industry: pick(industries),
    employees: between(1, 400),
    website: `https://virksomhed-${i + 1}.example.dk`,
  }));
  await insertChunked(companyRows, 1000, (c) => db.insert(companies).values(c));

  // Users: company people (about two per company), some in English, a few council members.
  const userRows = Array.from({ length: SIZES.users }, (_, i) => {
    const company = companyRows[i % companyRows.length];
    const council = i % 500 === 499;
    return {
      id: crypto.randomUUID(),
      name: `${pick(firstNames)} ${pick(lastNames)}`,
      email: `person${i + 1}@virksomhed-${(i % companyRows.length) + 1}.test`,
      role: council ? ('council' as const) : ('company' as const),
      locale: rand() < 0.1 ? ('en' as const) : ('da' as const),
      jobTitle: pick(titles),
      companyId: council ? null : company.id,
      emailVerified: now,
    };
  });
  await insertChunked(userRows, 1000, (c) => db.insert(users).values(c));
  const companyOf = new Map(userRows.map((u) => [u.id, u.companyId]));

  // Meetings: one every two or three weeks, most of them held, about a year ahead published.
  // The demo data already has four; the annual conference is one of ours.
  const speakerRows = Array.from({ length: 120 }, (_, i) => ({
    id: crypto.randomUUID(),
    name: `${pick(firstNames)} ${pick(lastNames)}`,
    organisation: `${pick(words)} ${pick(trades)} ${pick(forms)}`,
    title: pick(titles),
    external: i % 3 !== 0,
    email: `speaker${i + 1}@example.test`,
  }));
  await db.insert(speakers).values(speakerRows);

  const count = SIZES.meetings - 4;
  const meetingRows = Array.from({ length: count }, (_, i) => {
    const conference = i === count - 30;
    const startsAt = addMinutes(addDays(now, (i - (count - 20)) * 17), 16 * 60 - now.getUTCHours() * 60 - now.getUTCMinutes());
    const held = startsAt < now;
    const status = i % 37 === 5 ? ('cancelled' as const) : !held && i > count - 5 ? ('draft' as const) : ('published' as const);
    return {
      id: crypto.randomUUID(),
      slug: conference ? CONFERENCE_SLUG : `bench-moede-${i + 1}`,
      title: conference ? 'Årskonference for Vestegnens erhvervsliv' : `Erhvervsforum ${i + 1}: ${pick(topics)}`,
      description: `Vi drøfter ${pick(topics)} og ${pick(topics)}.\n\nMødet er åbent for alle virksomheder i kommunen.`,
      startsAt,
      endsAt: addMinutes(startsAt, 150),
      place: pick(['Albertslund Rådhus', 'Musikteatret', 'Hersted Industripark, kantinen', 'Kulturhuset Birkelundgård']),
      address: 'Nordmarks Allé 1, 2620 Albertslund',
      capacity: conference ? null : between(80, 400),
      registrationDeadline: addDays(startsAt, -3),
      status,
      publishedAt: status === 'draft' ? null : addDays(startsAt, -40),
      cancelledAt: status === 'cancelled' ? addDays(startsAt, -5) : null,
    };
  });
  await insertChunked(meetingRows, 500, (c) => db.insert(meetings).values(c));

  // Themes: proposed by company people over the years; about half accepted.
  const statuses = ['accepted', 'accepted', 'accepted', 'accepted', 'accepted', 'submitted', 'rejected', 'rejected', 'merged', 'withdrawn'] as const;
  const themeRows = Array.from({ length: SIZES.themes }, (_, i) => {
    const proposer = userRows[between(0, userRows.length - 1)];
    const status = statuses[i % statuses.length];
    const createdAt = addDays(now, -Math.floor(((SIZES.themes - i) / SIZES.themes) * 3300));
    return {
      id: crypto.randomUUID(),
      title: `${pick(topics).replace(/^./, (c) => c.toUpperCase())} (${i + 1})`,
      description: `Vi foreslår, at forummet tager ${pick(topics)} op.\n\nMange virksomheder i området oplever det samme, og en fælles indsats med kommunen kan gøre en forskel for **${pick(trades).toLowerCase()}**-branchen.`,
      category: pick(schema.themeCategories),
      status,
      moderatorAnswer: status === 'rejected' ? 'Temaet ligger uden for forummets kommissorium.' : null,
      proposerId: proposer.id,
      companyId: proposer.companyId,
      createdAt,
      updatedAt: createdAt,
      decidedAt: status === 'submitted' || status === 'withdrawn' ? null : addDays(createdAt, 7),
    };
  });
  await insertChunked(themeRows, 1000, (c) => db.insert(themes).values(c));
  const accepted = themeRows.filter((t) => t.status === 'accepted');

  // Supports: a few companies behind most accepted themes.
  const supportRows = new Map<string, { themeId: string; companyId: string }>();
  for (const theme of accepted) {
    for (let k = between(0, 8); k > 0; k--) {
      const companyId = companyRows[between(0, companyRows.length - 1)].id;
      if (companyId !== theme.companyId) supportRows.set(`${theme.id}:${companyId}`, { themeId: theme.id, companyId });
    }
  }
  await insertChunked([...supportRows.values()], 2000, (c) => db.insert(themeSupports).values(c));

  // Each meeting takes two or three accepted themes and gets an agenda around them.
  const links: (typeof meetingThemes.$inferInsert)[] = [];
  const items: (typeof agendaItems.$inferInsert)[] = [];
  const itemSpeakers: (typeof agendaItemSpeakers.$inferInsert)[] = [];
  meetingRows.forEach((m, i) => {
    const chosen = [0, 1, 2].slice(0, between(2, 3)).map((k) => accepted[(i * 3 + k) % accepted.length]);
    chosen.forEach((t, position) => links.push({ meetingId: m.id, themeId: t.id, position }));
    const agenda = [
      { kind: 'welcome' as const, title: 'Velkomst ved borgmesteren', durationMinutes: 15 },
      ...chosen.map((t) => ({ kind: 'theme' as const, title: t.title, durationMinutes: 30, themeId: t.id })),
      { kind: 'break' as const, title: 'Pause med kaffe', durationMinutes: 15 },
      { kind: 'discussion' as const, title: 'Fælles drøftelse ved bordene', durationMinutes: 30 },
      { kind: 'closing' as const, title: 'Opsamling og tak for i dag', durationMinutes: 10 },
    ];
    agenda.forEach((a, position) => {
      const id = crypto.randomUUID();
      items.push({ id, meetingId: m.id, position, description: '', ...a });
      if (a.kind === 'theme') itemSpeakers.push({ agendaItemId: id, speakerId: speakerRows[(i + position) % speakerRows.length].id });
    });
  });
  await insertChunked(links, 2000, (c) => db.insert(meetingThemes).values(c));
  await insertChunked(items, 1000, (c) => db.insert(agendaItems).values(c));
  await insertChunked(itemSpeakers, 2000, (c) => db.insert(agendaItemSpeakers).values(c));

  // Registrations: every user at the annual conference (10,000, attendance taken), the other
  // 40,000 spread over the remaining meetings that are not drafts.
  const regRows: (typeof registrations.$inferInsert)[] = [];
  const conference = meetingRows.find((m) => m.slug === CONFERENCE_SLUG)!;
  for (const u of userRows) {
    regRows.push({ meetingId: conference.id, userId: u.id, companyId: u.companyId, colleagues: 0, status: 'attended', attendedAt: conference.startsAt, createdAt: addDays(conference.startsAt, -between(4, 30)) });
  }
  const others = meetingRows.filter((m) => m.status !== 'draft' && m.id !== conference.id);
  const perMeeting = Math.ceil((SIZES.registrations - regRows.length) / others.length);
  let remaining = SIZES.registrations - regRows.length;
  for (const m of others) {
    const held = m.startsAt < now;
    const start = between(0, userRows.length - 1);
    for (let k = 0; k < perMeeting && remaining > 0; k++, remaining--) {
      // Consecutive users from a random start: distinct within the meeting.
      const u = userRows[(start + k * 7) % userRows.length];
      const r = rand();
      const status = r < 0.08 ? 'cancelled' : r < 0.14 && !held ? 'waitlisted' : held && r < 0.8 ? 'attended' : 'registered';
      const createdAt = addDays(m.startsAt, -between(4, 40));
      regRows.push({
        meetingId: m.id,
        userId: u.id,
        companyId: companyOf.get(u.id) ?? null,
        colleagues: rand() < 0.2 ? between(1, 3) : 0,
        note: rand() < 0.05 ? 'Vegetar' : null,
        status,
        waitlistedAt: status === 'waitlisted' ? createdAt : null,
        cancelledAt: status === 'cancelled' ? addDays(createdAt, 2) : null,
        attendedAt: status === 'attended' ? m.startsAt : null,
        createdAt,
        updatedAt: createdAt,
      });
    }
  }
  await insertChunked(regRows, 2000, (c) => db.insert(registrations).values(c));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const name = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'ef_bench';
  const demoOnly = process.argv.includes('--demo-only');
  const ms = await generate(name, { demoOnly });
  console.log(`${name}: ${demoOnly ? 'demo data' : 'demo data + bulk data set'} in ${(ms / 1000).toFixed(1)} s`);
}
