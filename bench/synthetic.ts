import { mkdirSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
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

/**
 * Writes `count` synthetic articles of realistic length (about 1,500 words, 8 sections, 11 cited
 * sources) into `contentDir`, using the real articles' vocabulary plus invented place and mission
 * names, so the index grows the way a real site's would. The real glossary is copied alongside.
 */
export function writeSyntheticContent(root: string, contentDir: string, count: number) {
  const realArticles = path.join(root, 'content/articles');
  const vocabulary = [
    ...new Set(
      readdirSync(realArticles)
        .map((file) => readFileSync(path.join(realArticles, file), 'utf8').split(/^---$/m)[2] ?? '')
        .join(' ')
        .replace(/<[^>]+>|\]\([^)]*\)|[^\p{L}\s'-]/gu, ' ')
        .split(/\s+/)
        .filter((word) => word.length > 2),
    ),
  ];
  const rand = random(count);
  const pick = <T,>(list: T[]) => list[Math.floor(rand() * list.length)];
  const invented = () => pick(['Al', 'Bel', 'Kor', 'Mar', 'Ost', 'Sar', 'Tan', 'Vel', 'Zan']) + pick(['ava', 'enia', 'istan', 'ora', 'uria', 'ovia']) + Math.floor(rand() * 1000);
  const sentence = () => {
    const words = Array.from({ length: 12 + Math.floor(rand() * 14) }, () => (rand() < 0.06 ? invented() : pick(vocabulary)));
    const text = words.join(' ');
    return text[0].toUpperCase() + text.slice(1) + '.';
  };

  mkdirSync(path.join(contentDir, 'articles'), { recursive: true });
  mkdirSync(path.join(contentDir, 'glossary'), { recursive: true });
  copyFileSync(path.join(root, 'content/glossary/terms.yaml'), path.join(contentDir, 'glossary/terms.yaml'));
  for (let n = 1; n <= count; n++) {
    const sources = Array.from({ length: 11 }, (_, i) => `  s${i + 1}:\n    title: "Source ${i + 1} for article ${n}"\n    publisher: "Synthetic Publisher"\n    url: "https://example.org/${n}/${i + 1}"\n    accessed: 2026-11-25`).join('\n');
    let body = '<KeyFacts>\n\n- **Mission:** ' + invented() + ' <Cite id="s1" />\n\n</KeyFacts>\n';
    for (let section = 1; section <= 8; section++) {
      body += `\n## ${sentence().slice(0, 60).replace(/\.$/, '')} ${n}-${section}\n\n`;
      for (let paragraph = 0; paragraph < 3; paragraph++) {
        body += Array.from({ length: 3 }, sentence).join(' ') + `<Cite id="s${((section + paragraph) % 12) + 1}" />\n\n`;
      }
    }
    writeFileSync(
      path.join(contentDir, 'articles', `synthetic-${n}.mdx`),
      `---\ntitle: "Synthetic mission ${n}: ${invented()}"\ndescription: "A generated article for measuring build time and search cost at scale."\nsummary: "Generated text. Not for readers."\ntopic: "${pick(['Basics', 'Duties', 'Case studies', 'Contributors'])}"\norder: ${n}\nupdated: 2026-11-25\nsources:\n${sources}\n---\n\n${body}`,
    );
  }
}
