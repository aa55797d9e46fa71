// A small gazetteer, kept as data: it types the names the NLP model leaves untyped, and it
// supplies same-kind distractors when an article names too few of its own.

export interface GazetteerEntry {
  name: string;
  kind: "place" | "organisation";
  /** province, district, city, country, region / group, organisation, party, court, agency */
  subtype: string;
  /** ISO-like region key, used to pick distractors from the same part of the world. */
  region?: string;
  /** Names that mean the same side, e.g. Islamabad standing for Pakistan's government. */
  side?: string;
  aliases?: string[];
}

const COUNTRY_OF_REGION: Record<string, string> = { AF: "Afghanistan", PK: "Pakistan" };

const places = (subtype: string, region: string, names: string[]): GazetteerEntry[] =>
  names.map((name) => {
    const side = subtype === "country" ? name : COUNTRY_OF_REGION[region];
    return { name, kind: "place", subtype, region, ...(side ? { side } : {}) };
  });

const orgs = (
  subtype: string,
  names: (string | [string, string[]])[],
  side?: string,
): GazetteerEntry[] =>
  names.map((n) =>
    typeof n === "string"
      ? { name: n, kind: "organisation", subtype, side }
      : { name: n[0], kind: "organisation", subtype, aliases: n[1], side },
  );

export const GAZETTEER: GazetteerEntry[] = [
  ...places("country", "world", [
    "Afghanistan",
    "Pakistan",
    "India",
    "Iran",
    "China",
    "United States",
    "Turkey",
    "Saudi Arabia",
    "Qatar",
    "United Arab Emirates",
    "Russia",
    "United Kingdom",
    "Bangladesh",
    "Tajikistan",
    "Uzbekistan",
    "Turkmenistan",
    "Egypt",
    "Israel",
    "Ukraine",
    "Germany",
    "France",
    "Japan",
    "Sri Lanka",
    "Soviet Union",
    "Nepal",
    "Malaysia",
    "Indonesia",
    "Iraq",
    "Syria",
    "Oman",
  ]),
  ...places("province", "AF", [
    "Nangarhar",
    "Paktika",
    "Khost",
    "Kunar",
    "Paktia",
    "Kandahar",
    "Helmand",
    "Nuristan",
    "Laghman",
    "Logar",
    "Ghazni",
    "Zabul",
    "Badakhshan",
    "Herat",
    "Balkh",
    "Kunduz",
    "Takhar",
    "Baghlan",
    "Nimroz",
    "Farah",
    "Uruzgan",
    "Wardak",
    "Parwan",
    "Kapisa",
    "Bamyan",
  ]),
  ...places("province", "PK", [
    "Punjab",
    "Sindh",
    "Khyber Pakhtunkhwa",
    "Balochistan",
    "Gilgit-Baltistan",
  ]),
  ...places("district", "PK", [
    "Bajaur",
    "Bannu",
    "Karak",
    "Swat",
    "Malakand",
    "Mohmand",
    "Khyber",
    "Orakzai",
    "Kurram",
    "North Waziristan",
    "South Waziristan",
    "Chaman",
    "Dera Bugti",
    "Dera Ismail Khan",
    "Lakki Marwat",
    "Tank",
    "Zhob",
    "Kohat",
    "Mardan",
    "Charsadda",
    "Dir",
    "Chitral",
    "Hangu",
    "Killa Abdullah",
    "Pishin",
    "Kech",
    "Gwadar",
    "Jhal Magsi",
    "Jacobabad",
    "Larkana",
  ]),
  ...places("city", "PK", [
    "Islamabad",
    "Karachi",
    "Lahore",
    "Peshawar",
    "Quetta",
    "Rawalpindi",
    "Multan",
    "Faisalabad",
    "Hyderabad",
    "Sukkur",
    "Gujranwala",
    "Sialkot",
    "Abbottabad",
  ]),
  ...places("city", "AF", ["Kabul", "Jalalabad", "Mazar-i-Sharif", "Kandahar City", "Torkham"]),
  ...places("city", "world", [
    "Istanbul",
    "Ankara",
    "New Delhi",
    "Delhi",
    "Tehran",
    "Doha",
    "Riyadh",
    "Beijing",
    "Moscow",
    "Washington",
    "London",
    "Dubai",
    "Dhaka",
    "Geneva",
    "New York",
  ]),
  ...orgs("group", [
    ["Tehreek-e-Taliban Pakistan", ["TTP", "Pakistani Taliban"]],
    ["Afghan Taliban", ["Taliban"]],
    "Hafiz Gul Bahadur group",
    ["Islamic State Khorasan", ["ISKP", "IS-K", "Daesh"]],
    ["Baloch Liberation Army", ["BLA"]],
    "Lashkar-e-Taiba",
    "Jaish-e-Mohammed",
    "Al-Qaeda",
    "Haqqani network",
    "Jamaat-ul-Ahrar",
  ]),
  ...orgs("organisation", [
    "Frontier Corps",
    ["Inter-Services Public Relations", ["ISPR"]],
    "Pakistan Army",
    ["National Institute of Health", ["NIH"]],
    ["World Health Organization", ["WHO"]],
    ["United Nations", ["UN"]],
    ["International Monetary Fund", ["IMF"]],
    ["European Union", ["EU"]],
    "NATO",
    ["Federal Investigation Agency", ["FIA"]],
    ["National Accountability Bureau", ["NAB"]],
    ["Election Commission of Pakistan", ["ECP"]],
    "Pakistan Medical Association",
    ["National Finance Commission", ["NFC"]],
    "Unicef",
    "Red Cross",
    "Amnesty International",
    "Human Rights Watch",
  ]),
  ...orgs("party", [
    ["Pakistan Tehreek-e-Insaf", ["PTI"]],
    ["Pakistan Peoples Party", ["PPP"]],
    ["Pakistan Muslim League-Nawaz", ["PML-N"]],
    ["Muttahida Qaumi Movement", ["MQM"]],
    ["Jamiat Ulema-e-Islam", ["JUI-F"]],
    "Jamaat-e-Islami",
  ]),
  ...orgs("court", [
    "Supreme Court",
    ["Sindh High Court", ["SHC"]],
    ["Islamabad High Court", ["IHC"]],
    ["Lahore High Court", ["LHC"]],
    ["Peshawar High Court", ["PHC"]],
    "Anti-Terrorism Court",
    "Federal Shariat Court",
  ]),
];

/** Nationality adjectives and the country they point to. */
export const DEMONYMS: Record<string, string> = {
  afghan: "Afghanistan",
  afghans: "Afghanistan",
  pakistani: "Pakistan",
  pakistanis: "Pakistan",
  indian: "India",
  iranian: "Iran",
  chinese: "China",
  american: "United States",
  turkish: "Turkey",
  saudi: "Saudi Arabia",
  russian: "Russia",
  british: "United Kingdom",
  pak: "Pakistan",
};

/** Capital cities and the country whose government they often stand for in news prose. */
export const CAPITAL_OF: Record<string, string> = {
  islamabad: "Pakistan",
  kabul: "Afghanistan",
  "new delhi": "India",
  delhi: "India",
  tehran: "Iran",
  beijing: "China",
  washington: "United States",
  ankara: "Turkey",
  riyadh: "Saudi Arabia",
  moscow: "Russia",
  london: "United Kingdom",
};

export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export const WEEKDAYS = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
];

/** Words before a name that mark it as a person. */
export const PERSON_TITLES = new Set(
  [
    "mr",
    "mrs",
    "ms",
    "dr",
    "president",
    "prime",
    "minister",
    "chief",
    "justice",
    "judge",
    "general",
    "gen",
    "senator",
    "governor",
    "sheikh",
    "imam",
    "professor",
    "prof",
    "secretary",
    "ambassador",
    "commissioner",
    "spokesperson",
    "spokesman",
    "cm",
    "pm",
    "mna",
    "mpa",
    "advocate",
    "barrister",
    "colonel",
    "captain",
    "major",
    "lt",
    "inspector",
    "sic",
    "mufti",
    "maulana",
    "chairman",
    "leader",
    "founder",
  ].map((w) => w.toLowerCase()),
);

/** Head nouns that make a proper-noun phrase an organisation or group. */
export const ORGANISATION_HEADS = new Set([
  "group",
  "army",
  "corps",
  "court",
  "ministry",
  "party",
  "council",
  "commission",
  "association",
  "agency",
  "bureau",
  "department",
  "authority",
  "committee",
  "assembly",
  "senate",
  "parliament",
  "police",
  "force",
  "forces",
  "organization",
  "organisation",
  "institute",
  "university",
  "bank",
  "fund",
  "network",
  "movement",
  "front",
  "league",
  "union",
  "lab",
  "laboratory",
  "board",
  "office",
  "cabinet",
  "government",
  "taliban",
  "division",
  "tribunal",
  "centre",
  "center",
]);

/** Head nouns that make a proper-noun phrase a place. */
export const PLACE_HEADS = new Set([
  "province",
  "district",
  "city",
  "valley",
  "river",
  "region",
  "village",
  "town",
  "border",
  "camp",
  "county",
  "state",
  "island",
  "mountains",
  "pass",
  "crossing",
  "square",
  "road",
  // Landmarks: "Jinnah House", "Kalma Chowk", "Zaman Park" are places, not people.
  "house",
  "tower",
  "chowk",
  "park",
  "station",
  "market",
  "bazaar",
  "mosque",
  "hospital",
  "bridge",
  "plaza",
  "street",
  "avenue",
  "colony",
  "gate",
  "airport",
  "stadium",
  "palace",
]);

// Organisations that speak for a country's side in news about it.
const SIDES: Record<string, string> = {
  "Afghan Taliban": "Afghanistan",
  "Frontier Corps": "Pakistan",
  "Inter-Services Public Relations": "Pakistan",
  "Pakistan Army": "Pakistan",
};
// Other names of the same place.
const ALIASES: Record<string, string[]> = {
  Turkey: ["Turkiye", "Türkiye"],
  "United States": ["US", "USA", "America"],
  "United Kingdom": ["UK", "Britain"],
  "United Arab Emirates": ["UAE"],
};
for (const entry of GAZETTEER) {
  const side = SIDES[entry.name];
  if (side) entry.side = side;
  const aliases = ALIASES[entry.name];
  if (aliases) entry.aliases = [...(entry.aliases ?? []), ...aliases];
}

const byName = new Map<string, GazetteerEntry>();
for (const entry of GAZETTEER) {
  byName.set(entry.name.toLowerCase(), entry);
  for (const alias of entry.aliases ?? []) byName.set(alias.toLowerCase(), entry);
}

export function lookup(name: string): GazetteerEntry | undefined {
  return byName.get(name.toLowerCase().replace(/^the\s+/, ""));
}
