import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSatteriMarkdownProcessor, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { headingAnchorsPlugin } from '../../src/integrations/heading-anchors.ts';
import { uiStrings } from '../../src/i18n/ui.ts';

// Same plugin order as astro.config.mjs: ids first, then anchors.
const processor = await createSatteriMarkdownProcessor({
  hastPlugins: [() => satteriHeadingIdsPlugin(), headingAnchorsPlugin((lang) => uiStrings(lang).article.linkToSection)],
  syntaxHighlight: false,
});
const render = async (markdown: string) => (await processor.render(markdown)).code;

test('h2 and h3 get github-slugger ids and an anchor link to themselves after the heading', async () => {
  const html = await render('## Patrols, posts & reports\n\n### Sub\n\n#### Not linked');
  assert.match(
    html,
    /<h2 id="patrols-posts--reports">Patrols, posts &amp; reports<\/h2><a class="anchor-link" href="#patrols-posts--reports"/,
  );
  assert.match(html, /<h3 id="sub">Sub<\/h3><a class="anchor-link" href="#sub"/);
  assert.doesNotMatch(html, /href="#not-linked"/);
});

test('the anchor link is named for screen readers by a label of its own', async () => {
  const html = await render('## Golan');
  // The icon is CSS only, so the label is the link's whole accessible name.
  assert.match(html, /<a class="anchor-link" href="#golan"><span class="sr-only">Link to section: Golan<\/span><\/a>/);
});

test('Arabic headings keep Unicode ids and duplicates get a suffix', async () => {
  const html = await render('## بعثة المراقبين\n\n## Same\n\n## Same');
  assert.match(html, /id="بعثة-المراقبين"/);
  assert.match(html, /id="same"[\s\S]*id="same-1"/);
});
