// Builders for the invitation tests: an upcoming meeting with themes and an agenda, and a small
// directory in which every segment has members, overlaps, and addresses that must be left out
// (pending and unsubscribed subscriptions, a suppressed address, deactivated accounts).
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { agendaItems, emailSuppressions, meetingThemes, registrations, subscriptions, themes } from '@/db/schema';
import { makeCompany, makeForumSettings, makeMeeting, makeTheme, makeUser } from './fixtures';

/** Empties what the segments read, so a test's counts are its own rows. */
export async function emptyDirectory() {
  const db = await getDb();
  await db.execute(
    sql`TRUNCATE subscriptions, email_suppressions, meeting_invitations, invitation_recipients, registrations, themes, meetings, email_outbox, companies, users CASCADE`,
  );
  await makeForumSettings();
}

export async function makeUpcomingMeeting(overrides: Parameters<typeof makeMeeting>[0] = {}) {
  const db = await getDb();
  const meeting = await makeMeeting({
    title: 'Erhvervsforum, oktober',
    description: 'Vi taler om **grøn omstilling** og letbanen.',
    place: 'Albertslund Rådhus',
    address: 'Nordmarks Allé 1, 2620 Albertslund',
    ...overrides,
  });
  const theme = await makeTheme({ title: 'Grøn omstilling i industrien', category: 'green_growth' });
  await db.insert(meetingThemes).values({ meetingId: meeting.id, themeId: theme.id, position: 0 });
  await db.insert(agendaItems).values([
    { meetingId: meeting.id, position: 0, kind: 'welcome', title: 'Velkomst ved borgmesteren', durationMinutes: 15 },
    { meetingId: meeting.id, position: 1, kind: 'talk', title: 'Oplæg om Letbanen', durationMinutes: 30 },
  ]);
  return meeting;
}

const address = (name: string) => `${name}-${Math.random().toString(36).slice(2, 8)}@example.test`;

/**
 * The directory every segment test reads. Expected, choosing industry 464900:
 * subscribers {s1, s2, a}, companies {a, uA}, earlier attendees {uA, uX}, proposers {uP, uX},
 * council {c1}; 7 people in all; s5 suppressed. Company A's own address is a business-service
 * contact; company D's is not, so the companies segment does not reach it.
 */
export async function makeDirectory() {
  const db = await getDb();
  const s1 = address('s1');
  const s2 = address('s2');
  const s5 = address('s5');
  const a = address('a');
  await db.insert(subscriptions).values([
    { email: s1, locale: 'en', status: 'active', legalBasis: 'consent', source: 'public-form' },
    { email: s2, locale: 'da', status: 'active', legalBasis: 'business-service', source: 'company-contact' },
    { email: address('s3'), status: 'pending', legalBasis: 'consent', source: 'public-form' },
    { email: address('s4'), status: 'unsubscribed', legalBasis: 'consent', source: 'public-form' },
    { email: s5, status: 'active', legalBasis: 'consent', source: 'public-form' },
    { email: a, status: 'active', legalBasis: 'business-service', legalNote: 'Kommunens erhvervsservice', source: 'company-contact' },
  ]);
  await db.insert(emailSuppressions).values({ email: s5, reason: 'unsubscribed' });

  const companyA = await makeCompany({ industryCode: '464900', industry: 'Engroshandel', employeesBand: '10-19', email: a });
  // B's own address is also subscriber s2 (an overlap across segments), in another industry.
  const companyB = await makeCompany({ industryCode: '620100', industry: 'Konsulentbistand vedr. informationsteknologi', employeesBand: '1-4', email: s2.toUpperCase() });
  const companyC = await makeCompany({ industryCode: '464900', industry: 'Engroshandel', employeesBand: '50-99', email: null });
  // An address from the CVR extract with no legal basis recorded: never invited.
  await makeCompany({ industryCode: '464900', industry: 'Engroshandel', employeesBand: '10-19', email: address('d') });
  const uA = await makeUser('company', { companyId: companyA.id, locale: 'en' });
  const uB = await makeUser('company', { companyId: companyB.id });
  await makeUser('company', { companyId: companyC.id, deactivatedAt: new Date() });

  const past = await makeMeeting({ startsAt: new Date(Date.now() - 60 * 86_400_000), title: 'Tidligere møde' });
  const uX = await makeUser('company');
  const uY = await makeUser('company');
  await db.insert(registrations).values([
    { meetingId: past.id, userId: uA.id, companyId: companyA.id, status: 'attended', attendedAt: past.startsAt },
    { meetingId: past.id, userId: uX.id, status: 'attended', attendedAt: past.startsAt },
    { meetingId: past.id, userId: uY.id, status: 'registered' },
  ]);

  const uP = await makeUser('company');
  await db.insert(themes).values([
    { title: 'Parkering', description: 'Der mangler parkering ved stationen.', category: 'local', proposerId: uP.id },
    { title: 'Fibernet', description: 'Erhvervsområderne mangler fibernet.', category: 'local', proposerId: uX.id, status: 'submitted' },
  ]);

  const c1 = await makeUser('council', { locale: 'en' });
  await makeUser('council', { deactivatedAt: new Date() });
  const admin = await makeUser('secretariat');
  return { s1, s2, s5, a, uA, uB, uX, uY, uP, c1, admin, companies: { companyA, companyB, companyC } };
}
