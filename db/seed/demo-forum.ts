// The forum's facts, its ten example themes and the meetings of the 2014–15 action plan,
// all from the terms of reference of 16 September 2014.
import type { themeCategories } from '../schema/themes';

export const forumFacts = {
  forumName: 'Strategisk Erhvervsforum',
  municipality: 'Albertslund Kommune',
  chairName: 'Steen Christiansen',
  chairTitle: 'Borgmester',
  ownerName: 'Jan Eriksen',
  ownerTitle: 'Afdelingschef for Arbejdsmarked, Erhverv og Ydelser',
  secretariatName: 'Erhvervs- og Udviklingscentret',
  addressLine: 'Nordmarks Allé 1',
  postalCity: '2620 Albertslund',
  email: 'erhverv@albertslund.dk',
  phone: '43 68 68 68',
  reportsTo: 'Økonomiudvalget',
};

type Category = (typeof themeCategories)[number];

export const exampleThemes: { key: string; title: string; category: Category; description: string }[] = [
  { key: 'vision', category: 'growth', title: 'Visioner for vækst og udvikling i Copenhagen', description: 'Hvordan spiller Albertslund sammen med hovedstadsregionens fælles vækstdagsorden, og hvad betyder den for virksomhederne i kommunen?' },
  { key: 'light', category: 'innovation', title: 'Lysregionen, innovation og internationale markeder', description: 'Albertslund er et udstillingsvindue for intelligent belysning. Hvordan kan lokale virksomheder bruge Lysregionen til innovation og eksport?' },
  { key: 'networks', category: 'networks', title: 'Virksomhedsnetværk (Miljø og Klima, Sundhed og Velfærd)', description: 'Netværk på tværs af virksomheder inden for miljø og klima samt sundhed og velfærd: erfaringer, muligheder og næste skridt.' },
  { key: 'smv', category: 'smes', title: 'SMV på Vestegnen – aktuelle udfordringer og muligheder', description: 'De små og mellemstore virksomheder på Vestegnen: hvad fylder lige nu, og hvor kan kommunen gøre en forskel?' },
  { key: 'hersted', category: 'business_areas', title: 'Erhvervsudvikling i Hersted Industripark', description: 'Fremtiden for Hersted Industripark: infrastruktur, omdannelse og nye virksomheder i området.' },
  { key: 'incubators', category: 'entrepreneurship', title: 'Inkubationsmiljøer for iværksættere og virksomheder i vækst', description: 'Hvordan skaber vi gode rammer for iværksættere og virksomheder i vækst, fx fælles faciliteter og rådgivning?' },
  { key: 'green', category: 'green_growth', title: 'Strategi og planstrategi for Albertslund – grøn vækst, klimamål og grøn innovation', description: 'Kommunens strategi og planstrategi med fokus på grøn vækst, klimamål og grøn innovation i erhvervslivet.' },
  { key: 'rail', category: 'mobility', title: 'Nye muligheder med Letbanen – øget mobilitet og ændret infrastruktur', description: 'Letbanen langs Ring 3 ændrer mobiliteten og infrastrukturen. Hvilke muligheder giver det virksomhederne?' },
  { key: 'skills', category: 'skills', title: 'Kvalificeret arbejdskraft og målrettet uddannelse af medarbejdere', description: 'Adgang til kvalificeret arbejdskraft, målrettet efteruddannelse og samarbejde i virksomhedsklynger.' },
  { key: 'local', category: 'local', title: 'Lokale tiltag', description: 'Konkrete lokale initiativer, som virksomhederne og kommunen kan sætte i gang sammen.' },
];

/** The three meetings of the action plan (all held) and one upcoming meeting. */
export const plannedMeetings = [
  {
    key: 'oct2014',
    slug: 'oktober-2014',
    title: 'Strategisk Erhvervsforum, oktober 2014',
    date: [2014, 10, 8] as const,
    themes: ['vision', 'light'],
    speakers: ['light'],
    description: 'Forummets første møde: visioner for vækst i hovedstadsregionen og Lysregionens muligheder for lokale virksomheder.',
  },
  {
    key: 'jan2015',
    slug: 'januar-2015',
    title: 'Strategisk Erhvervsforum, januar 2015',
    date: [2015, 1, 21] as const,
    themes: ['smv', 'hersted', 'incubators'],
    speakers: ['growth'],
    description: 'SMV’erne på Vestegnen, udviklingen af Hersted Industripark og gode rammer for iværksættere.',
  },
  {
    key: 'sep2015',
    slug: 'september-2015',
    title: 'Strategisk Erhvervsforum, september 2015',
    date: [2015, 9, 16] as const,
    themes: ['green', 'rail', 'skills'],
    speakers: ['rail'],
    description: 'Grøn vækst og klimamål, Letbanens muligheder og adgangen til kvalificeret arbejdskraft.',
  },
] as const;
