import { defineHastPlugin, type HastPluginDefinition } from 'satteri';
import type { Element, Text } from 'hast';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from '../i18n/ui.ts';
import { fileLang } from '../i18n/routing.ts';

/**
 * A run of Latin script with its inner punctuation: "UNTSO", "S/RES/50 (1948)", "OGG-Damascus",
 * "Count Folke Bernadotte". Sentence punctuation after it is not part of it.
 */
export const LATIN_RUN =
  /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9'’&./\-–]*(?:[ \u00A0]+(?:[A-Za-z\u00C0-\u024F0-9][A-Za-z\u00C0-\u024F0-9'’&./\-–]*|\(\d{4}\)))*/g;

/** Where text is already set apart, or is code that keeps its own direction. */
const KEEP = new Set(['bdi', 'bdo', 'code', 'pre', 'kbd', 'script', 'style']);

/**
 * Sätteri hast plugin for pages written right to left: sets each Latin run of the text in a `<bdi>`, so
 * the bidirectional algorithm treats it as one left-to-right unit. Without it, a document symbol's
 * slashes and brackets are reordered (`S/RES/50 (1948)` is read "(1948) S/RES/50") and punctuation after
 * an acronym jumps to its other side. Writers type Latin names as plain text; this does the rest.
 */
export function isolateLatinPlugin(): HastPluginDefinition {
  return defineHastPlugin({
    name: 'observer-missions-isolate-latin',
    text(node, ctx) {
      const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
      if (LANGUAGES[fileLang(file)].dir !== 'rtl') return;
      const parent = ctx.parent(node);
      if (parent?.type === 'element' && KEEP.has(parent.tagName)) return;
      const parts = isolateLatin(node.value);
      if (parts.length === 1 && parts[0]!.type === 'text') return;
      ctx.replaceNode(node, parts);
    },
  });
}

/**
 * A name or title in another language quoted in right-to-left text: «Jewish Virtual Library», or with its
 * language when not English, «sv:Svenskt biografiskt lexikon». It is marked with its language (a
 * `<cite>`), so readers' tools read it as such and src/lib/latinRuns.ts counts it as a source's own words.
 */
const QUOTED_NAME = /«(?:([a-z]{2}):)?([^«»\u0600-\u06FF]*[A-Za-z][^«»\u0600-\u06FF]*)»/g;

/** Text with every Latin run in a `<bdi>`, and every quoted foreign name marked: the nodes to put in its place. */
export function isolateLatin(value: string): (Text | Element)[] {
  const parts: (Text | Element)[] = [];
  let last = 0;
  for (const match of value.matchAll(QUOTED_NAME)) {
    parts.push(...isolateRuns(value.slice(last, match.index)));
    parts.push(
      { type: 'text', value: '«' },
      {
        type: 'element',
        tagName: 'cite',
        properties: { lang: match[1] ?? 'en', dir: 'ltr' },
        children: [{ type: 'text', value: match[2]! }],
      },
      { type: 'text', value: '»' },
    );
    last = match.index + match[0].length;
  }
  parts.push(...isolateRuns(value.slice(last)));
  return parts.filter((part) => part.type !== 'text' || part.value !== '');
}

function isolateRuns(value: string): (Text | Element)[] {
  const parts: (Text | Element)[] = [];
  let last = 0;
  for (const match of value.matchAll(LATIN_RUN)) {
    const run = match[0].replace(/[.\-–]+$/, '');
    const start = match.index;
    if (start > last) parts.push({ type: 'text', value: value.slice(last, start) });
    parts.push({ type: 'element', tagName: 'bdi', properties: {}, children: [{ type: 'text', value: run }] });
    last = start + run.length;
  }
  if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
  return parts;
}
