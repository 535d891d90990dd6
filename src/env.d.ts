/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The page's language, from its address (src/middleware.ts). */
    lang: import('./i18n/ui.ts').Lang;
    /** The interface strings in the page's language (src/middleware.ts). */
    t: ReturnType<typeof import('./i18n/ui.ts').uiStrings>;
    /**
     * Set by the article route before its MDX renders, read by <Cite> and <References>:
     * the article's citation numbers, and how many of each key have rendered so far.
     */
    citations?: {
      file: string;
      numbers: Map<string, number>;
      rendered: Map<string, number>;
    };
    /** Set by the article route: the figures its MDX shows (`<Figure id>`), ready to draw. */
    figures?: Map<string, import('./lib/articleFigures.ts').FigureView>;
  }
}

/** The built address of a module loaded on demand (src/integrations/lazy-module-url.ts). */
declare module 'lazy-url:*' {
  const url: string;
  export default url;
}
