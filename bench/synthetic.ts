import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Small seeded PRNG (mulberry32): the same scale always generates the same articles. */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS_PER_ARTICLE = 1500;
const SECTIONS = 8;

/**
 * The words of each real article's body in one language, as written (MDX tags, link targets and digits
 * removed): the English originals, or their translations in `content/articles/<lang>/`.
 */
function realArticleWords(root: string, lang: string) {
  const dir = path.join(root, 'content/articles', lang === 'en' ? '' : lang);
  const articles = readdirSync(dir).filter((file) => file.endsWith('.mdx'));
  return articles.map((file) =>
    (readFileSync(path.join(dir, file), 'utf8').split(/^---$/m)[2] ?? '')
      .replace(/<[^>]+>|\]\([^)]*\)|[^\p{L}\s'-]/gu, ' ')
      .split(/\s+/)
      .filter((word) => /\p{L}/u.test(word)),
  );
}

/** Syllables from which each language's invented topical words are made. */
const SYLLABLES = {
  en: [
    'al',
    'bel',
    'kor',
    'mar',
    'ost',
    'sar',
    'tan',
    'vel',
    'zan',
    'ri',
    'do',
    'phu',
    'ke',
    'lin',
    'ova',
    'ura',
    'enia',
    'istan',
  ],
  ar: [
    'بر',
    'كا',
    'مو',
    'سي',
    'تان',
    'ليا',
    'دو',
    'نا',
    'شر',
    'قي',
    'فو',
    'زا',
    'غو',
    'ران',
    'يمة',
    'ستان',
    'ية',
    'لو',
  ],
};

/**
 * A model of how this site's text would look at `count` articles, built from the real articles so
 * that a search index grows as it would for real text, not for word salad:
 * - Site-wide words (those in every real article: "the", "observers", "Council") keep their real
 *   share of the text and their real frequencies, so they stay in nearly every page, as they would.
 * - Every other word is topical: each article draws its topical words from its own topic, a random
 *   set as large as a real article's, out of a vocabulary that grows with the corpus as Heaps' law
 *   says real vocabularies do (V = K·√tokens, K fitted on the real articles). Real topical words
 *   ("Qatar", "UNTSO") stay in the vocabulary; invented names make up the rest.
 * The earlier model drew every word with equal chance from the real vocabulary, which put each word,
 * "UNTSO" as much as "the", in about half of all pages: no real site reads like that.
 */
function textModel(root: string, lang: string, count: number, rand: () => number) {
  // Arabic pages may carry no run of Latin words (the build's Arabic-edition check): the real Arabic
  // text's Latin tokens (acronyms, link slugs) would string together when drawn at random.
  const articles = realArticleWords(root, lang).map((words) =>
    lang === 'ar' ? words.filter((word) => !/[A-Za-z]/.test(word)) : words,
  );
  const documentFrequency = new Map<string, number>();
  for (const words of articles)
    for (const word of new Set(words.map((w) => w.toLowerCase())))
      documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const siteWide = (word: string) => documentFrequency.get(word.toLowerCase()) === articles.length;
  const allTokens = articles.flat();
  const siteWideTokens = allTokens.filter(siteWide); // repeated as often as in the real text
  const siteWideShare = siteWideTokens.length / allTokens.length;
  const topicalTokens = allTokens.filter((word) => !siteWide(word));
  const topicSize = Math.round(
    articles.reduce(
      (sum, words) => sum + new Set(words.filter((w) => !siteWide(w)).map((w) => w.toLowerCase())).size,
      0,
    ) / articles.length,
  );
  const heapsK = documentFrequency.size / Math.sqrt(allTokens.length);
  const vocabularySize = Math.round(heapsK * Math.sqrt(count * WORDS_PER_ARTICLE));

  const realTopical = [...new Map(topicalTokens.map((w) => [w.toLowerCase(), w])).values()];
  const syllables = SYLLABLES[lang as keyof typeof SYLLABLES];
  const invented = new Set<string>();
  // Words of 2 to `maxParts` syllables: 4 as before, more when that many syllables cannot make enough
  // distinct words (14 Arabic syllables, with no capitals, make 41,356 words of 2 to 4: fewer than the
  // 119,000 Arabic words 10,000 articles need, and the loop below would never end).
  const cased = syllables.some((s) => s !== s.toUpperCase()) ? 2 : 1;
  const capacity = (max: number) =>
    cased * Array.from({ length: max - 1 }, (_, k) => syllables.length ** (k + 2)).reduce((a, b) => a + b, 0);
  let maxParts = 4;
  while (capacity(maxParts) < 2 * vocabularySize) maxParts++;
  while (realTopical.length + invented.size < vocabularySize) {
    const parts = 2 + Math.floor(rand() * (maxParts - 1));
    let word = Array.from({ length: parts }, () => syllables[Math.floor(rand() * syllables.length)]).join('');
    // Names as well as common words (Arabic has no capitals: its names are told apart by use only).
    if (rand() < 0.4) word = word[0].toUpperCase() + word.slice(1);
    invented.add(word);
  }
  const inventedWords = [...invented];
  const topicalVocabulary = [...realTopical, ...inventedWords];
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];

  /** One article's words: site-wide words at their real rate, the rest from the article's topic. */
  return () => {
    // Within a topic a few words carry most of the text (Zipf): weight the k-th word by 1/k.
    const topic = Array.from({ length: topicSize }, () => pick(topicalVocabulary));
    const cumulative: number[] = [];
    topic.reduce((sum, _, k) => (cumulative[k] = sum + 1 / (k + 1)), 0);
    const topicWord = () => {
      const x = rand() * cumulative.at(-1)!;
      let low = 0;
      let high = cumulative.length - 1;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (cumulative[mid] < x) low = mid + 1;
        else high = mid;
      }
      return topic[low];
    };
    const word = () => (rand() < siteWideShare ? pick(siteWideTokens) : topicWord());
    const sentence = (length = 12 + Math.floor(rand() * 14)) => {
      const text = Array.from({ length }, word).join(' ');
      return text[0].toUpperCase() + text.slice(1);
    };
    return { sentence, name: () => topic.find((w) => /^\p{Lu}/u.test(w)) ?? topic[0] ?? pick(inventedWords) };
  };
}

/**
 * Writes the site's real content into `contentDir`, and among it `count` synthetic articles of realistic
 * length (about 1,500 words, 8 sections, 11 cited sources), each with an Arabic twin that cites the same
 * sources under the same section ids, as translations must. Text comes from `textModel`, per language.
 * The real articles stay in place, so the reader questions keep their answers at every scale and show
 * whether search still finds them among thousands of other pages.
 */
export function writeSyntheticContent(root: string, contentDir: string, count: number) {
  const rand = random(count);
  const english = textModel(root, 'en', count, rand);
  const arabic = textModel(root, 'ar', count, rand);

  cpSync(path.join(root, 'content'), contentDir, { recursive: true });
  for (let n = 1; n <= count; n++) {
    const [en, ar] = [english(), arabic()];
    const sources = Array.from(
      { length: 11 },
      (_, i) =>
        `  s${i + 1}:\n    title: "Source ${i + 1} for article ${n}"\n    publisher: "Synthetic Publisher"\n    url: "https://example.org/${n}/${i + 1}"\n    accessed: 2026-11-25`,
    ).join('\n');
    const body = ({ sentence, name }: typeof en) => {
      let text = `<KeyFacts>\n\n- **${name()}:** ${name()} <Cite id="s1" />\n\n</KeyFacts>\n`;
      // 8 sections × 3 paragraphs × 3 sentences of ~19 words ≈ 1,400 words, plus headings and title.
      for (let section = 1; section <= SECTIONS; section++) {
        text += `\n## ${sentence(3 + Math.floor(rand() * 5))} (${n}.${section}) \\{#section-${section}\\}\n\n`;
        for (let paragraph = 0; paragraph < 3; paragraph++) {
          text +=
            Array.from({ length: 3 }, () => sentence() + '.').join(' ') +
            `<Cite id="s${((section + paragraph) % 11) + 1}" />\n\n`;
        }
      }
      return text;
    };
    const topic = n % 4;
    const title = ({ sentence, name }: typeof en) => `${name()}: ${sentence(4).replace(/"/g, '')} (${n})`;
    writeFileSync(
      path.join(contentDir, 'articles', `synthetic-${n}.mdx`),
      `---\ntitle: "${title(en)}"\ndescription: "A generated article for measuring build time and search cost at scale."\nsummary: "Generated text. Not for readers."\ntopic: "${['Basics', 'Duties', 'Case studies', 'Contributors'][topic]}"\norder: ${100 + n}\nupdated: 2026-11-25\nsources:\n${sources}\n---\n\n${body(en)}`,
    );
    writeFileSync(
      path.join(contentDir, 'articles', 'ar', `synthetic-${n}.mdx`),
      `---\ntitle: "${title(ar)}"\ndescription: "مقالة مولّدة لقياس زمن البناء وكلفة البحث على نطاق واسع."\nsummary: "نص مولّد. ليس للقراء."\ntopic: "${['أساسيات', 'المهام', 'دراسات حالة', 'الدول المساهمة'][topic]}"\nupdated: 2026-11-25\ntranslatedFrom: 2026-11-25\n---\n\n${body(ar)}`,
    );
  }
}
