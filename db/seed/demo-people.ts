// Demo users (one per role) and two demo companies. The CVR numbers pass the modulus-11 check.
export const demoCompanies = [
  {
    key: 'lys',
    cvr: '13748136',
    name: 'Lysteknik Albertslund ApS (demo)',
    address: 'Herstedvang 12',
    postalCode: '2620',
    city: 'Albertslund',
    industry: 'Belysning og elektronik',
    employees: 24,
    website: 'https://lysteknik.example',
  },
  {
    key: 'plast',
    cvr: '24256790',
    name: 'Hersted Plast A/S (demo)',
    address: 'Fabriksparken 40',
    postalCode: '2600',
    city: 'Glostrup',
    industry: 'Produktion',
    employees: 85,
    website: 'https://hersted-plast.example',
  },
] as const;

export const demoUsers = [
  { email: 'borgmester@albertslund.test', name: 'Steen Christiansen', role: 'chair', jobTitle: 'Borgmester' },
  { email: 'erhverv@albertslund.test', name: 'Gitte Carlsen (demo)', role: 'secretariat', jobTitle: 'Erhvervskonsulent' },
  { email: 'byraad@albertslund.test', name: 'Kim Byrådsmedlem (demo)', role: 'council', jobTitle: 'Medlem af Økonomiudvalget' },
  { email: 'direktoer@lysteknik.test', name: 'Maria Lund (demo)', role: 'company', jobTitle: 'Direktør', company: 'lys' },
  { email: 'indkoeb@hersted-plast.test', name: 'Peter Holm (demo)', role: 'company', jobTitle: 'Indkøbschef', company: 'plast' },
] as const;

export const demoSpeakers = [
  { key: 'mayor', name: 'Steen Christiansen', organisation: 'Albertslund Kommune', title: 'Borgmester', external: false },
  { key: 'owner', name: 'Jan Eriksen', organisation: 'Albertslund Kommune', title: 'Afdelingschef, Arbejdsmarked, Erhverv og Ydelser', external: false },
  { key: 'light', name: 'Anne Birk (demo)', organisation: 'Lysregionen', title: 'Projektleder', external: true },
  { key: 'rail', name: 'Jonas Friis (demo)', organisation: 'Hovedstadens Letbane', title: 'Planlægger', external: true },
  { key: 'growth', name: 'Lene Storm (demo)', organisation: 'Væksthus Hovedstaden', title: 'Erhvervsrådgiver', external: true },
] as const;
