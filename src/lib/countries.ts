import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

/**
 * Countries as sources name them ("Türkiye", "Iran (Islamic Republic of)"), matched to their ISO 3166
 * code, so a page can name them in its own language (Intl.DisplayNames) and mark the members of the
 * OIC (content/data/oic-members.yaml).
 */

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const englishNames = new Intl.DisplayNames('en', { type: 'region' });

/** The names the UN and other sources use that CLDR's English names do not. */
const ALIASES: Record<string, string> = {
  turkey: 'TR',
  türkiye: 'TR',
  'iran (islamic republic of)': 'IR',
  'syrian arab republic': 'SY',
  'republic of korea': 'KR',
  'korea, republic of': 'KR',
  "côte d'ivoire": 'CI',
  "cote d'ivoire": 'CI',
  'ivory coast': 'CI',
  'the gambia': 'GM',
  gambia: 'GM',
  'kyrgyz republic': 'KG',
  'brunei darussalam': 'BN',
  'russian federation': 'RU',
  'united states of america': 'US',
  'united kingdom of great britain and northern ireland': 'GB',
  'united republic of tanzania': 'TZ',
  'republic of moldova': 'MD',
  'bolivia (plurinational state of)': 'BO',
  'venezuela (bolivarian republic of)': 'VE',
  'state of palestine': 'PS',
  czechia: 'CZ',
  'czech republic': 'CZ',
  'north macedonia': 'MK',
  'lao people’s democratic republic': 'LA',
  "lao people's democratic republic": 'LA',
  'viet nam': 'VN',
  'democratic republic of the congo': 'CD',
  eswatini: 'SZ',
};

let byName: Map<string, string> | undefined;

/** The ISO code of a country named in English, or undefined when the name is not known. */
export function countryCode(name: string): string | undefined {
  if (!byName) {
    byName = new Map(Object.entries(ALIASES));
    for (const a of LETTERS)
      for (const b of LETTERS) {
        const code = `${a}${b}`;
        const english = englishNames.of(code);
        if (english && english !== code) byName.set(english.toLowerCase(), code);
      }
  }
  return byName.get(name.trim().toLowerCase());
}

/** A country's name in `lang`, from its code (the name as given when the code is unknown). */
export function countryName(name: string, lang: string): string {
  const code = countryCode(name);
  return code ? (new Intl.DisplayNames(lang, { type: 'region' }).of(code) ?? name) : name;
}

let oic: Set<string> | undefined;
let oicSource: { title: string; url: string } | undefined;

/** Where the list of OIC members comes from. */
export function oicMembersSource(contentDir = process.env['CONTENT_DIR'] ?? './content') {
  isOicMember('', contentDir);
  return oicSource;
}

/** Whether a country (by name) is a member of the OIC. */
export function isOicMember(name: string, contentDir = process.env['CONTENT_DIR'] ?? './content'): boolean {
  if (!oic) {
    const file = path.resolve(contentDir, 'data/oic-members.yaml');
    try {
      const data = parseYaml(readFileSync(file, 'utf8')) as {
        members: string[];
        source: { title: string; url: string };
      };
      oic = new Set(data.members);
      oicSource = data.source;
    } catch {
      oic = new Set();
    }
  }
  const code = countryCode(name);
  return code !== undefined && oic.has(code);
}
