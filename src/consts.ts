/** Site-wide constants: one place to change the name, address and language. */
export const SITE_NAME = 'Observer Missions';
export const SITE_TAGLINE = 'What peacekeeping observer missions are, what observers do, and how they worked in real cases.';
export const SITE_LANG = 'en';
/** Canonical origin: `site` in astro.config.mjs, canonical URLs, the sitemap and the data downloads. */
export const SITE_URL = 'https://observer-missions.org';
/** The search topic of the glossary page; articles take theirs from their frontmatter. */
export const GLOSSARY_TOPIC = 'Glossary';
