import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { existsSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** A publication date as precise as the source gives it: "2012", "2012-06" or "2012-06-16". */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use "YYYY", "YYYY-MM" or "YYYY-MM-DD"');

/** One source an article cites; the key it is stored under is what `<Cite id>` refers to. */
export const source = z.strictObject({
  /** The page or document's own title (or, when it has none, a short description of it in English). */
  title: z.string().min(1),
  /**
   * For a title the site wrote (a description of an untitled source, or of one in Arabic): the same in
   * Arabic, shown on Arabic pages instead of the English.
   */
  title_ar: z.string().min(1).optional(),
  /** Who published it (organisation, agency, newspaper). */
  publisher: z.string().min(1),
  /** The address of the page that says the fact; https only. */
  url: z.url({ protocol: /^https$/, error: 'must be an https:// address' }),
  /** Publication date, if the source gives one. */
  date: partialDate.optional(),
  /** When an editor last read the page and checked the fact against it. */
  accessed: z.coerce.date(),
  /** The language the source is written in (ISO 639-1), when not English: its title is marked so. */
  language: z
    .string()
    .regex(/^[a-z]{2}$/, 'use a two-letter language code, e.g. "fr"')
    .default('en'),
  /** A caveat shown with the reference, e.g. "Wikipedia; no primary source found". */
  note: z.string().optional(),
});

export type Source = z.infer<typeof source>;

/**
 * Articles and data live outside src/ in the top-level content/ folder, so writers never touch code.
 * Tests and the benchmark build other content (fixtures, synthetic articles) by setting CONTENT_DIR.
 */
const contentDir = process.env['CONTENT_DIR'] ?? './content';

/** English articles: the originals. Translations sit in a folder per language (below). */
const articles = defineCollection({
  loader: glob({ base: `${contentDir}/articles`, pattern: '*.mdx' }),
  schema: z.strictObject({
    /** The question or subject the page answers; the page's h1 and <title>. */
    title: z.string().min(1),
    /** One sentence for the meta description and article listings. */
    description: z.string().min(1).max(160),
    /** The answer in two or three sentences, shown under the title. */
    summary: z.string().min(1),
    /** Broad subject, used for grouping and as a search filter. */
    topic: z.string().min(1),
    /** Position in article listings, lowest first. */
    order: z.number().int(),
    /** Date of the last substantive edit, shown to readers. */
    updated: z.coerce.date(),
    /** When the article's facts were last checked against its sources (an editor's review or an outside fact audit). */
    reviewed: z.coerce.date().optional(),
    /** Drafts are built in development only, never published. */
    draft: z.boolean().default(false),
    /** Every source the article cites, by short key. Unused keys fail the build. */
    sources: z.record(z.string().regex(/^[a-z0-9-]+$/, 'source keys are kebab-case'), source),
  }),
});

/**
 * Translated articles: `articles/<lang>/<same name as the English>.mdx`, id "<lang>/<slug>". A
 * translation has its own words and nothing else: order, draft and sources come from the English
 * original, and the build checks that it cites the same sources and uses only the original's section
 * ids (src/lib/translations.ts).
 */
const articleTranslations = defineCollection({
  loader: glob({ base: `${contentDir}/articles`, pattern: '*/*.mdx' }),
  schema: z.strictObject({
    title: z.string().min(1),
    description: z.string().min(1).max(160),
    summary: z.string().min(1),
    topic: z.string().min(1),
    /** Date of the last substantive edit of the translation. */
    updated: z.coerce.date(),
    /** The English original's `updated` date that this translation matches. */
    translatedFrom: z.coerce.date(),
    /** When a reviewer last checked the translation against its original. */
    reviewed: z.coerce.date().optional(),
  }),
});

const glossary = defineCollection({
  // One YAML list; duplicate ids fail the build (prerenderConflictBehavior: 'error' in the config).
  loader: file(`${contentDir}/glossary/terms.yaml`),
  schema: z.strictObject({
    /** Anchor on the glossary page (`/glossary/#ddr`); articles link to it. */
    id: z.string().regex(/^[a-z0-9-]+$/, 'glossary ids are kebab-case'),
    /** The term as readers see it. */
    term: z.string().min(1),
    /** Other names and acronyms, shown with the term and indexed for search. */
    aka: z.array(z.string()).default([]),
    /** One to three plain sentences. */
    definition: z.string().min(1),
    /** Required when the definition states a fact (a date, number, name or what a body says). */
    source: source.optional(),
  }),
});

/** A translation's stamp: eight hex digits that fingerprint the English words it was checked against. */
const stamp = z.string().regex(/^[0-9a-f]{8}$/, 'a stamp is eight hex digits, written by npm run translations:stamp');

/** The glossary in another language: `glossary/<lang>/terms.yaml`, the same ids, sources from the English. */
const glossaryTranslationsFile = `${contentDir}/glossary/ar/terms.yaml`;
const glossaryTranslations = defineCollection({
  loader: existsSync(glossaryTranslationsFile)
    ? file(glossaryTranslationsFile)
    : { name: 'no-glossary-translation', load: async () => {} },
  schema: z.strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'glossary ids are kebab-case'),
    term: z.string().min(1),
    aka: z.array(z.string()).default([]),
    definition: z.string().min(1),
    /** The fingerprint of the English entry this translates, as for a mission's `ar:` block. */
    translates: stamp.optional(),
  }),
});

/** Tasks a mission can have, a fixed list so the atlas can filter on them. */
export const MISSION_TASKS = [
  'ceasefire',
  'armistice',
  'withdrawal',
  'elections',
  'human-rights',
  'disarmament',
  'border',
  'humanitarian',
] as const;
/**
 * Who deployed a mission, by the name the body had at the time (the OAU before the AU, the European
 * Community before the EU). "State-led" covers groups of states, and commissions that an agreement
 * between states set up (the Mindanao IMT, the Neutral Nations Supervisory Commission in Korea).
 */
export const ORGANISATIONS = [
  'UN',
  'UN/OAS',
  'UN/EU',
  'OSCE',
  'EC',
  'EU',
  'OAU',
  'AU',
  'IGAD',
  'Arab League',
  'ECOWAS',
  'OAS',
  'Commonwealth',
  'ASEAN/EU',
  'State-led',
] as const;

/** A mission's source: a source, with a key when its dated figures (`series`) cite it. */
const missionSource = source.extend({
  key: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'source keys are kebab-case')
    .optional(),
});

/** What a dated figure counts. */
export const SERIES_MEASURES = ['authorised', 'deployed', 'fatalities', 'contributors'] as const;
/** Whom a strength or fatality figure counts. */
export const PERSONNEL_TYPES = ['military-observers', 'troops', 'police', 'civilians', 'total'] as const;

/** A figure as the body that ran the mission published it, at one date, with its source. */
const seriesValue = z.strictObject({
  /** Authorised or deployed strength, fatalities, or the contributing countries. */
  measure: z.enum(SERIES_MEASURES),
  /** Whom it counts (not for contributors). */
  type: z.enum(PERSONNEL_TYPES).optional(),
  /** The date the figure describes: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  date: partialDate,
  /** The number: people, or for contributors the number of countries. */
  value: z.number().int().nonnegative(),
  /** For contributors: the countries, as the source names them. */
  countries: z.array(z.string().min(1)).optional(),
  /** The key of the source, among the mission's `sources`, that gives this figure. */
  source: z.string().regex(/^[a-z0-9-]+$/, 'a source key'),
});

/** A year, or a year and month: as precise as the sources are, never more. */
const yearMonth = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'use "YYYY" or "YYYY-MM"');
const sameOrLater = (end: string, start: string) => {
  const length = Math.min(end.length, start.length);
  return end.slice(0, length) >= start.slice(0, length);
};

const missions = defineCollection({
  loader: glob({ base: `${contentDir}/missions`, pattern: '*.yaml' }),
  schema: z
    .strictObject({
      /** Slug used in links (`/missions/untso/`); must equal the file name. */
      id: z.string().regex(/^[a-z0-9-]+$/, 'mission ids are kebab-case'),
      /** Short name, e.g. "UNTSO". */
      acronym: z.string().min(1),
      /** Full official name. */
      name: z.string().min(1),
      /** Who deployed it. */
      organisation: z.enum(ORGANISATIONS),
      /** When it began. */
      start: yearMonth,
      /** When it ended; empty while it is ongoing. */
      end: z.union([z.literal(''), yearMonth]).default(''),
      /** Countries or territories where it worked. */
      location: z.array(z.string().min(1)).min(1),
      /** Headquarters city, if the sources name one. */
      hq: z.string().default(''),
      /** For the map: the headquarters; failing that, a point in the area the mission watched. */
      coordinates: z.strictObject({
        lat: z.number().min(-90, 'latitude must be between -90 and 90').max(90, 'latitude must be between -90 and 90'),
        lon: z
          .number()
          .min(-180, 'longitude must be between -180 and 180')
          .max(180, 'longitude must be between -180 and 180'),
      }),
      /** What it was there to do, from a fixed list. */
      tasks: z.array(z.enum(MISSION_TASKS)).min(1),
      /** The resolution or decision that created it, e.g. "S/RES/50 (1948)". */
      mandate: z.string().default(''),
      /** Largest strength a source states, with that source. */
      peak_strength: z
        .strictObject({ value: z.number().int().positive(), unit: z.string().min(1), date: z.string().min(1), source })
        .optional(),
      /** One or two sentences. */
      summary: z.string().min(1),
      /** Where the row's facts come from: at least one. */
      sources: z.array(missionSource).min(1, 'a mission needs at least one source'),
      /**
       * The mission's identifiers elsewhere, for cross-checking: the Security Council or General Assembly
       * resolution that set it up (by symbol), its Wikidata item and its name in SIPRI's Multilateral
       * Peace Operations Database, where it is listed.
       */
      ids: z
        .strictObject({
          resolution: z
            .array(z.string().regex(/^[SA]\/RES\//, 'a resolution symbol, e.g. "S/RES/50 (1948)"'))
            .optional(),
          wikidata: z
            .string()
            .regex(/^Q\d+$/, 'a Wikidata item, e.g. "Q1065"')
            .optional(),
          sipri: z.string().min(1).optional(),
        })
        .default({}),
      /** Dated figures (strength, fatalities, contributors), oldest first within each measure and type. */
      series: z.array(seriesValue).default([]),
      /**
       * The mission's words in Arabic, reviewed like the English: numbers, dates and sources are
       * shared. `location` lists the same places in the same order.
       */
      ar: z
        .strictObject({
          name: z.string().min(1),
          location: z.array(z.string().min(1)).min(1),
          hq: z.string().default(''),
          summary: z.string().min(1),
          /** The mandate line in Arabic (document symbols stay as they are); given exactly when `mandate` is. */
          mandate: z.string().min(1).optional(),
          /**
           * The mission's short label in the atlas (table, timeline, map) where its `acronym` is not a bare
           * acronym ("UN Mission in Colombia"); without it the acronym is shown.
           */
          label: z.string().min(1).optional(),
          /**
           * The unit of the peak strength in each form Arabic grammar gives a noun after a number
           * (Intl.PluralRules categories: 3–10 take `few`, 11–99 `many`, others `other`; `one` and `two`
           * for 1 and 2), so the page writes «250 فردًا», never «250 فرد».
           */
          peak_strength_unit: z
            .strictObject({
              one: z.string().min(1).optional(),
              two: z.string().min(1).optional(),
              few: z.string().min(1),
              many: z.string().min(1),
              other: z.string().min(1),
            })
            .optional(),
          peak_strength_date: z.string().min(1).optional(),
          /**
           * The fingerprint of the English words this block translates (src/lib/translationStamp.ts),
           * written by `npm run translations:stamp` when a reviewer has checked the block against them.
           */
          translates: stamp.optional(),
        })
        .optional(),
    })
    .refine((mission) => !mission.end || sameOrLater(mission.end, mission.start), {
      message: 'end is before start',
      path: ['end'],
    })
    .refine((mission) => !mission.ar || mission.ar.location.length === mission.location.length, {
      message: 'ar.location must list the same places as location, in the same order',
      path: ['ar', 'location'],
    })
    .refine((mission) => !mission.ar || !mission.hq === !mission.ar.hq, {
      message: 'ar.hq must be given exactly when hq is',
      path: ['ar', 'hq'],
    })
    .refine((mission) => !mission.ar || !mission.mandate === !mission.ar.mandate, {
      message: 'ar.mandate must be given exactly when mandate is',
      path: ['ar', 'mandate'],
    })
    .refine((mission) => !mission.ar || !mission.peak_strength === !mission.ar.peak_strength_unit, {
      message: 'ar.peak_strength_unit must be given exactly when peak_strength is',
      path: ['ar', 'peak_strength_unit'],
    }),
});

/** Words the site wrote, in each language it is published in. */
const inBothLanguages = z.strictObject({ en: z.string().min(1), ar: z.string().min(1) });
/**
 * A short label drawn inside a figure: kept short enough to be read whole on a 320 px screen, where
 * the drawing is about 300 CSS px wide.
 */
const figureLabel = z.strictObject({ en: z.string().min(1).max(48), ar: z.string().min(1).max(48) });
/** A date a figure's value describes: "YYYY", "YYYY-MM" or "YYYY-MM-DD", each part in range. */
const figureDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'use "YYYY", "YYYY-MM" or "YYYY-MM-DD"');
const sourceKey = z.string().regex(/^[a-z0-9-]+$/, 'a source key of the article');

/** What kind of drawing a figure is; see src/lib/figures.ts. */
export const FIGURE_CHARTS = ['bars', 'atlas-years', 'atlas-tasks'] as const;
/** How exactly a source states a number: "about 300", "more than 150", "at least 220,000". */
export const FIGURE_QUALIFIERS = ['exact', 'about', 'more-than', 'at-least'] as const;

/** One value of a figure, as one source states it. */
const figureRow = z.strictObject({
  /** What the value counts, when the date alone does not say (shown under the date). */
  label: figureLabel.optional(),
  /** A country, as the source names it: the page names it in its own language. */
  country: z.string().min(1).optional(),
  /** Whether that country is a member of the OIC (the figure's `oic_source` says so). */
  oic: z.boolean().optional(),
  /** The date the value describes; none when the source gives none. */
  date: figureDate.optional(),
  /** The date in the source's own words, where it is not a calendar date ("end of March 2012"). */
  when: figureLabel.optional(),
  /** The number, as the source gives it. */
  value: z.number().nonnegative('a value cannot be negative').optional(),
  /** A range the source gives instead of one number: [lowest, highest]. */
  range: z
    .tuple([z.number().nonnegative('a value cannot be negative'), z.number().nonnegative('a value cannot be negative')])
    .optional(),
  /** How exactly the source states the number. */
  qualifier: z.enum(FIGURE_QUALIFIERS).default('exact'),
  /** The keys, among the article's `sources`, of the sources that give this value. */
  sources: z.array(sourceKey).min(1, 'a value needs at least one source'),
});

/**
 * A figure drawn in an article (`content/figures/<id>.yaml`, shown where the article writes
 * `<Figure id="<id>" />`): its words in each language, and either its values, each with the keys of
 * the article's sources that give it (`bars`), or a count the build makes from the atlas's mission
 * files (`atlas-years`, `atlas-tasks`), which cites the atlas's data set (`source`).
 */
const figures = defineCollection({
  loader: glob({ base: `${contentDir}/figures`, pattern: '*.yaml' }),
  schema: z
    .strictObject({
      /** The article (file name without `.mdx`) that shows the figure and whose sources it cites. */
      article: z.string().regex(/^[a-z0-9-]+$/, 'an article file name, e.g. "untso"'),
      /** What is drawn: values as bars, or missions of the atlas counted by year or by task. */
      chart: z.enum(FIGURE_CHARTS),
      /** A short title: the figure's name in "On this page" and its caption's first words. */
      title: z.strictObject({ en: z.string().min(1).max(80), ar: z.string().min(1).max(80) }),
      /** What the figure shows and when. */
      caption: inBothLanguages,
      /**
       * The main finding, in a sentence or two: the drawing's text alternative. In atlas figures,
       * `{name}` marks a number the build counts (src/lib/figures.ts lists them).
       */
      alt: inBothLanguages,
      /** What the values count, as the heading of the table's number column ("Observers"). */
      unit: figureLabel.optional(),
      /** The top of the value axis: a value above it fails the build. */
      max: z.number().positive().optional(),
      /** Bars: rows with the same date form a group under that date (a monthly ranking). */
      by_date: z.boolean().default(false),
      /** Bars: the values, in the order they are shown. */
      rows: z.array(figureRow).default([]),
      /** The source key of the OIC membership that marks rows with `oic`. */
      oic_source: sourceKey.optional(),
      /** Atlas figures: the key of the atlas's data set among the article's sources. */
      source: sourceKey.optional(),
    })
    .superRefine((figure, ctx) => {
      const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
      if (figure.chart === 'bars') {
        if (figure.rows.length === 0) issue(['rows'], 'a bars figure needs at least one row');
        if (figure.max === undefined) issue(['max'], 'a bars figure needs `max`, the top of its value axis');
        if (!figure.unit) issue(['unit'], 'a bars figure needs `unit`, what its values count');
      } else if (!figure.source) issue(['source'], 'an atlas figure needs `source`, the key of the atlas data set');
      figure.rows.forEach((row, i) => {
        if ((row.value === undefined) === (row.range === undefined))
          issue(['rows', i], 'give either `value` or `range`');
        if (row.range && row.range[0] > row.range[1])
          issue(['rows', i, 'range'], `range [${row.range.join(', ')}] runs from high to low`);
        const highest = row.range ? row.range[1] : row.value;
        if (figure.max !== undefined && highest !== undefined && highest > figure.max)
          issue(
            ['rows', i, row.range ? 'range' : 'value'],
            `value ${highest} is out of range: above the figure's axis maximum (max: ${figure.max})`,
          );
        if (!row.country && !row.label && !row.date && !row.when)
          issue(['rows', i], 'a row needs a date, `when`, a label or a country');
        if (row.oic !== undefined && !figure.oic_source)
          issue(['oic_source'], 'rows marked `oic` need `oic_source`, the source of the membership');
      });
    }),
});

/**
 * The About page, `about/about.mdx`, and its translations, `about/<lang>/about.mdx`: written and cited as
 * an article is (the translation cites the English file's sources, in the same order).
 */
const about = defineCollection({
  loader: glob({ base: `${contentDir}/about`, pattern: '**/*.mdx' }),
  schema: z.strictObject({
    title: z.string().min(1),
    description: z.string().min(1).max(160),
    /** Date of the last substantive edit. */
    updated: z.coerce.date(),
    /** In the English file only: every source the page cites, by key. */
    sources: z.record(z.string().regex(/^[a-z0-9-]+$/, 'source keys are kebab-case'), source).optional(),
  }),
});

/** The versions of the atlas downloads, newest first: a change of columns is a new major version. */
const dataChangelogFile = `${contentDir}/data/changelog.yaml`;
const dataChangelog = defineCollection({
  loader: existsSync(dataChangelogFile)
    ? file(dataChangelogFile, {
        parser: (text) => ((parseYaml(text) ?? []) as { version: string }[]).map((e) => ({ id: e.version, ...e })),
      })
    : { name: 'no-data-changelog', load: async () => {} },
  schema: z.strictObject({
    id: z.string(),
    version: z.string().regex(/^\d+\.\d+$/, 'a version, e.g. "2.0"'),
    date: z.coerce.date(),
    en: z.string().min(1),
    ar: z.string().min(1),
  }),
});

/** Prose that pages show around their data (the atlas's inclusion rule), kept with the other content. */
const pages = defineCollection({
  loader: glob({ base: `${contentDir}/pages`, pattern: '**/*.md' }),
  schema: z.strictObject({
    /** The heading the page shows above this text. */
    title: z.string().min(1),
  }),
});

/** One synonym group. */
const synonymEntry = z.strictObject({
  /** A short name for the group, unique in the file. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'synonym group ids are kebab-case'),
  /** Two or more words or phrases, in lower case. */
  words: z
    .array(
      z
        .string()
        .regex(
          /^[\p{Ll}\p{Lo}\p{M}\p{N}]+( [\p{Ll}\p{Lo}\p{M}\p{N}]+)*$/u,
          'write words in lower case, letters and digits, single spaces',
        ),
    )
    .min(2, 'a synonym group needs at least two words'),
});

/**
 * Search synonyms: groups of words or phrases that mean the same to a reader searching ("killed",
 * "died", "fatalities"). A query word also finds the other words of its group. One list per language.
 */
const synonymsFile = `${contentDir}/search/synonyms.en.yaml`;
const synonyms = defineCollection({
  // Test fixtures may have no list: search then uses the glossary's names only.
  loader: existsSync(synonymsFile) ? file(synonymsFile) : { name: 'no-synonyms', load: async () => {} },
  schema: synonymEntry,
});

/**
 * Sources' versions in another language: `sources/versions.<lang>.yaml`. Wherever the site cites the
 * English page at `of`, its pages in that language also cite this version.
 */
const sourceVersionsFile = `${contentDir}/sources/versions.ar.yaml`;
const sourceVersions = defineCollection({
  loader: existsSync(sourceVersionsFile)
    ? file(sourceVersionsFile)
    : { name: 'no-source-versions', load: async () => {} },
  schema: z.strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'ids are kebab-case'),
    /** The address of the English source, exactly as cited. */
    of: z.url({ protocol: /^https$/, error: 'must be an https:// address' }),
    title: z.string().min(1),
    publisher: z.string().min(1),
    url: z.url({ protocol: /^https$/, error: 'must be an https:// address' }),
    accessed: z.coerce.date(),
  }),
});

/**
 * Factual corrections: every fact the site once got wrong, what it says now, and when it changed. The
 * corrections page lists them; a page's history marks the change that made each.
 */
const correctionsFile = `${contentDir}/corrections.yaml`;
const corrections = defineCollection({
  loader: existsSync(correctionsFile)
    ? file(correctionsFile, {
        parser: (text) =>
          ((parseYaml(text) ?? []) as { date: string }[]).map((entry, i) => ({ id: `correction-${i + 1}`, ...entry })),
      })
    : { name: 'no-corrections', load: async () => {} },
  schema: z.strictObject({
    id: z.string(),
    /** The day the correction was made. */
    date: z.coerce.date(),
    /** The commit that made it, by its short hash. */
    commit: z
      .string()
      .regex(/^[0-9a-f]{7,40}$/, 'a commit hash')
      .optional(),
    /** The content file that was corrected, from the project's root. */
    file: z.string().min(1),
    /** The page that showed the error, site-relative ("/missions/icsc-indochina/"). */
    page: z.string().regex(/^\/.*\/$/, 'a site-relative page address, with slashes at both ends'),
    /** The section of that page, by its heading id; none for the page as a whole. */
    section: z.string().optional(),
    /** What the page said, in one sentence. */
    was: z.string().min(1),
    /** What it says now. */
    now: z.string().min(1),
    /** The same two sentences in Arabic. */
    ar: z.strictObject({ was: z.string().min(1), now: z.string().min(1) }),
  }),
});

/**
 * The site's own source notes in Arabic: each English `note` (as written in any content file) with its
 * Arabic. Arabic pages show the Arabic; a note without one fails the build (src/lib/arabicEdition.ts).
 */
const sourceNotesFile = `${contentDir}/sources/notes.ar.yaml`;
const sourceNotes = defineCollection({
  loader: existsSync(sourceNotesFile)
    ? file(sourceNotesFile, {
        parser: (text) => (parseYaml(text) as { en: string }[]).map((entry) => ({ id: entry.en, ...entry })),
      })
    : { name: 'no-source-notes', load: async () => {} },
  schema: z.strictObject({ id: z.string(), en: z.string().min(1), ar: z.string().min(1) }),
});

/**
 * One name for each thing: every mission, body, place and recurring term the Arabic text names, with the
 * one Arabic rendering the site uses and the renderings it must not (src/lib/arabicEdition.ts).
 */
const terminologyFile = `${contentDir}/terminology/terms.yaml`;
const terminology = defineCollection({
  loader: existsSync(terminologyFile) ? file(terminologyFile) : { name: 'no-terminology', load: async () => {} },
  schema: z.strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'terminology ids are kebab-case'),
    kind: z.enum(['mission', 'body', 'place', 'term']),
    /** The English name or term. */
    en: z.string().min(1),
    acronym: z.string().optional(),
    /** The one Arabic rendering the site uses. */
    ar: z.string().min(1),
    /** A short Arabic form for later mentions («البعثة»). */
    short: z.string().optional(),
    /** Other renderings that must not appear in Arabic text. */
    avoid: z.array(z.string().min(2)).default([]),
    /** Where the UN (or the body itself) uses this Arabic name. */
    source: z.strictObject({ title: z.string(), publisher: z.string(), url: z.url() }).optional(),
    /** Without a source: what was searched, and why this rendering. */
    note: z.string().optional(),
  }),
});

/** Search synonyms in Arabic: the same shape as the English list. */
const synonymsArFile = `${contentDir}/search/synonyms.ar.yaml`;
const synonymsAr = defineCollection({
  loader: existsSync(synonymsArFile) ? file(synonymsArFile) : { name: 'no-synonyms-ar', load: async () => {} },
  schema: synonymEntry,
});

export const collections = {
  articles,
  articleTranslations,
  glossary,
  glossaryTranslations,
  missions,
  pages,
  synonyms,
  synonymsAr,
  sourceVersions,
  corrections,
  about,
  dataChangelog,
  sourceNotes,
  terminology,
  figures,
};
