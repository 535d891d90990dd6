/**
 * Markup built as a string, for the few inline fragments whose exact spacing matters (a source line, a
 * run of Latin words in Arabic text): written in a template, its tags would be spread over lines by the
 * formatter, and the line breaks would show as spaces before a comma or inside a name. Every text and
 * attribute value is escaped here; the result goes to `set:html`.
 */
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => escapes[char]!);

/** Markup that is already escaped, to tell it from text. */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString() {
    return this.value;
  }
}

export type Child = string | Html | false | undefined | null;

const render = (children: Child[]) =>
  children.map((child) => (child instanceof Html ? child.value : child ? escapeHtml(child) : '')).join('');

/** An element with its attributes (undefined ones left out) and children (text is escaped). */
export function h(tag: string, attributes: Record<string, string | undefined>, ...children: Child[]): Html {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return new Html(`<${tag}${attrs}>${render(children)}</${tag}>`);
}

/** Several pieces of text and markup, joined with nothing between them. */
export const join = (...children: Child[]) => new Html(render(children));

/** Text with `code` in backticks, as markup: names of columns and values shown as code. */
export const withCode = (text: string) =>
  join(...text.split(/`([^`]+)`/).map((part, i) => (i % 2 ? h('code', {}, part) : part)));
