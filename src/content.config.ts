import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** A publication date as precise as the source gives it: "2012", "2012-06" or "2012-06-16". */
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use "YYYY", "YYYY-MM" or "YYYY-MM-DD"');

/** One source an article cites; the key it is stored under is what `<Cite id>` refers to. */
const source = z.strictObject({
  /** The page or document's own title. */
  title: z.string().min(1),
  /** Who published it (organisation, agency, newspaper). */
  publisher: z.string().min(1),
  /** The address of the page that says the fact; https only. */
  url: z.url({ protocol: /^https$/, error: 'must be an https:// address' }),
  /** Publication date, if the source gives one. */
  date: partialDate.optional(),
  /** When an editor last read the page and checked the fact against it. */
  accessed: z.coerce.date(),
  /** A caveat shown with the reference, e.g. "Wikipedia; no primary source found". */
  note: z.string().optional(),
});

/**
 * Articles and data live outside src/ in the top-level content/ folder, so writers never touch code.
 * Tests and the benchmark build other content (fixtures, synthetic articles) by setting CONTENT_DIR.
 */
const contentDir = process.env['CONTENT_DIR'] ?? './content';

const articles = defineCollection({
  loader: glob({ base: `${contentDir}/articles`, pattern: '**/*.mdx' }),
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
    /** Drafts are built in development only, never published. */
    draft: z.boolean().default(false),
    /** Every source the article cites, by short key. Unused keys fail the build. */
    sources: z.record(z.string().regex(/^[a-z0-9-]+$/, 'source keys are kebab-case'), source),
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

export const collections = { articles, glossary };
