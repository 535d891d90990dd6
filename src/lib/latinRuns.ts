import { Parser } from 'htmlparser2';

/**
 * English left on a page of another language, found in its built HTML:
 * - a run of `MAX_LATIN_RUN` or more Latin words in the text a reader sees in the page's language (an
 *   isolated acronym or a document symbol is one word, and figures between words neither count nor
 *   break a run);
 * - an element marked with another language that holds anything but the words of a source (its title,
 *   its publisher), a quotation in its own language or the link to the page in that language: the
 *   site's own words (a note, a mandate, a caption) must be in the page's language, not marked as English.
 */

export const MAX_LATIN_RUN = 3;

/** Elements whose text is not shown, or is code (a citation in BibTeX), not words of a language. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'svg', 'pre', 'code']);
/** Elements that end a line of text: a run of words never crosses them. */
const BLOCKS = new Set([
  'p',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'tr',
  'table',
  'caption',
  'figcaption',
  'figure',
  'div',
  'section',
  'article',
  'aside',
  'nav',
  'header',
  'footer',
  'main',
  'summary',
  'details',
  'button',
  'label',
  'option',
  'select',
  'blockquote',
  'br',
  'form',
  'dialog',
  'body',
  'title',
]);

/** What may be marked with another language on a page: a source's own words, a quotation, a language link. */
function mayBeForeign(name: string, attributes: Record<string, string>): boolean {
  const classes = (attributes['class'] ?? '').split(/\s+/);
  return (
    name === 'cite' ||
    name === 'q' ||
    name === 'blockquote' ||
    classes.includes('source-publisher') ||
    (name === 'a' && 'hreflang' in attributes)
  );
}

// An address (https://…) is no word of a language: a citation on an Arabic page ends with one.
const isLatinWord = (token: string) => /[A-Za-z]/.test(token) && !/^\(?https?:\/\//.test(token);
const isOtherWord = (token: string) => /\p{L}/u.test(token) && !isLatinWord(token);

/** Problems on one page, each naming the page. */
export function latinRunProblems(html: string, page: string, pageLang: string): string[] {
  const problems: string[] = [];
  const stack: { name: string; hidden: boolean; foreign: boolean }[] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length >= MAX_LATIN_RUN) problems.push(`${page}: English on the page: «${run.join(' ')}»`);
    run = [];
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = stack.at(-1);
        const lang = attributes['lang'];
        const foreign = Boolean(lang && !lang.startsWith(pageLang) && name !== 'html');
        if (foreign && !parent?.hidden && !parent?.foreign && !mayBeForeign(name, attributes))
          problems.push(
            `${page}: the site's own words are marked as another language (<${name}${attributes['class'] ? ` class="${attributes['class']}"` : ''} lang="${lang}">)`,
          );
        stack.push({
          name,
          hidden: Boolean(parent?.hidden) || HIDDEN.has(name) || 'hidden' in attributes,
          foreign: Boolean(parent?.foreign) || foreign,
        });
        if (BLOCKS.has(name) || foreign) endRun();
      },
      ontext(text) {
        const here = stack.at(-1);
        if (!here || here.hidden || here.foreign) return;
        for (const token of text.split(/\s+/).filter(Boolean)) {
          if (isLatinWord(token)) run.push(token);
          else if (isOtherWord(token)) endRun();
        }
      },
      onclosetag(name) {
        const closed = stack.pop();
        // Text marked with another language ends a run of the page's own text on either side of it.
        if (BLOCKS.has(name) || closed?.foreign) endRun();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  endRun();
  return problems;
}
