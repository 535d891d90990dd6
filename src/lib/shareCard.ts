import sharp from 'sharp';
import { createRequire } from 'node:module';

/**
 * The picture a link to a page shows when it is shared in a chat or a post (`og:image`): 1200 × 630, the
 * page's title, the part of the site it is in and the site's name and address, drawn at build time.
 * sharp's libvips lays the text out with Pango and HarfBuzz, so Arabic is shaped, joined and set right
 * to left; the fonts (Noto Sans and Noto Sans Arabic, SIL Open Font License) come with the project's
 * packages, so every machine draws the same card whatever fonts it has.
 */
export const CARD = { width: 1200, height: 630 } as const;
/** Raised when the card's design changes, so that cached cards are drawn again. */
export const CARD_DESIGN = 2;

const fontFile = createRequire(import.meta.url).resolve;
const FONTS = {
  latin: {
    file: fontFile('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
    family: 'Noto Sans Bold',
  },
  arabic: {
    file: fontFile('@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf'),
    family: 'Noto Sans Arabic Bold',
  },
};

const COLOURS = { paper: '#f6f3ea', ink: '#14171a', accent: '#1d5fa8', muted: '#4a5560' };
const MARGIN = 80;

const escapeMarkup = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface ShareCard {
  title: string;
  /** The part of the site ("Articles", "Observer missions atlas"). */
  section: string;
  /** The site's name and address. */
  site: string;
  rtl: boolean;
}

/** Text laid out by Pango, as a transparent PNG no wider than the card's text column. */
async function textImage(markup: string, rtl: boolean, height: number) {
  const font = rtl ? FONTS.arabic : FONTS.latin;
  const { data, info } = await sharp({
    text: {
      text: markup,
      fontfile: font.file,
      font: font.family,
      width: CARD.width - 2 * MARGIN,
      height,
      rgba: true,
      // Pango aligns to the paragraph's own direction: "left" is its start, the right edge in Arabic.
      align: 'left',
      wrap: 'word',
    },
  })
    .png({ compressionLevel: 0 })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width };
}

/** The card as a PNG (about 50 KB: small enough for messaging apps, whose limit is about 300 KB). */
export async function renderShareCard({ title, section, site, rtl }: ShareCard): Promise<Buffer> {
  // A long title is set smaller, so that it fits above the site's name in four lines at most.
  const titleSize = title.length > 110 ? 42 : title.length > 70 ? 50 : 60;
  const [head, foot] = await Promise.all([
    textImage(
      `<span foreground="${COLOURS.accent}" size="26pt">${escapeMarkup(section)}</span>\n` +
        `<span foreground="${COLOURS.ink}" size="${titleSize}pt">${escapeMarkup(title)}</span>`,
      rtl,
      440,
    ),
    textImage(`<span foreground="${COLOURS.muted}" size="24pt">${escapeMarkup(site)}</span>`, rtl, 50),
  ]);
  // Right to left, the text column starts at the right margin.
  const left = (width: number) => (rtl ? CARD.width - MARGIN - width : MARGIN);
  return (
    sharp({ create: { ...CARD, channels: 3, background: COLOURS.paper } })
      .composite([
        {
          input: { create: { width: CARD.width, height: 16, channels: 3, background: COLOURS.accent } },
          top: 0,
          left: 0,
        },
        { input: head.data, top: 64, left: left(head.width) },
        { input: foot.data, top: CARD.height - 82, left: left(foot.width) },
      ])
      // Four colours and their anti-aliased edges: a 64-colour palette draws them unchanged at half the
      // bytes of a true-colour PNG.
      .png({ compressionLevel: 9, palette: true, colours: 64 })
      .toBuffer()
  );
}

/** A page's history shares the card of the page it is the history of: few share it, and one card less
 * to draw for each page keeps a first build short. */
const HISTORY_PAGE = /\/history\/(index\.html)?$/;
export const hasOwnShareCard = (pagePath: string) => !HISTORY_PAGE.test(pagePath);

/** Where a page's card is, site-relative: /articles/untso/ → /og/articles/untso.png, / → /og/index.png. */
export const shareCardPath = (pagePath: string) =>
  `/og${pagePath.replace(HISTORY_PAGE, '/').replace(/\/index\.html$|\.html$|\/$/, '') || '/index'}.png`;
