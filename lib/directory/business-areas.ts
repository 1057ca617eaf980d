// Albertslund's business areas, derived from a company's street address. The table is a small,
// FICTIONAL simplification for the directory's filter (streets named in the real town, grouped
// roughly as the municipality's plan groups them) — not an official mapping. A street not in the
// table, or a postcode outside Albertslund (2620), is "Andet".
export const businessAreas = ['nord', 'vest', 'herstedvester', 'syd', 'centrum', 'andet'] as const;
export type BusinessArea = (typeof businessAreas)[number];

/** Each area's streets, lower case, without house numbers. */
const streets: Record<Exclude<BusinessArea, 'andet'>, readonly string[]> = {
  // Nord erhvervsområde (north of Roskildevej / around Herstedøstervej).
  nord: ['herstedøstervej', 'kometvej', 'stationsvej', 'roskildevej', 'vognmagervej', 'smedeland', 'rugmarken', 'nyholmsvej'],
  // Vest erhvervsområde (Hersted Industripark).
  vest: ['herstedvang', 'fabriksparken', 'fabriksvej', 'kornmarksvej', 'gammelgårdsvej', 'industrivej', 'hersted industripark', 'literbuen', 'marsvej'],
  herstedvester: ['herstedvester stræde', 'ledøjevej', 'vridsløsevej', 'gadekærvej', 'landsbygaden'],
  syd: ['albertslund syd', 'sydvej', 'kanalens kvarter', 'hyldespjældet', 'hedemarken', 'galgebakken'],
  centrum: ['bibliotekstorvet', 'nordmarks allé', 'stationstorvet', 'albertslund centrum', 'kongsholmsgade', 'bytorvet'],
};

/** The street of an address: the text before the first house number or comma, lower case. */
export function streetOf(address: string): string {
  return address.trim().toLowerCase().split(/[,\d]/)[0].replace(/\s+/g, ' ').trim();
}

export function businessAreaFor(address: string | null | undefined, postalCode?: string | null): BusinessArea {
  if (!address) return 'andet';
  if (postalCode && postalCode.trim() !== '2620') return 'andet';
  const street = streetOf(address);
  for (const [area, names] of Object.entries(streets) as [BusinessArea, readonly string[]][]) {
    if (names.includes(street)) return area;
  }
  return 'andet';
}

/** The streets of an area (the demo data spreads its companies over them). */
export function streetsOf(area: Exclude<BusinessArea, 'andet'>): readonly string[] {
  return streets[area];
}

export function isBusinessArea(value: string): value is BusinessArea {
  return (businessAreas as readonly string[]).includes(value);
}
