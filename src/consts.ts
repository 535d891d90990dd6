/** Ids that more than one file refers to: one place to rename them. */
export const IDS = {
  main: 'main-content',
  footer: 'site-footer',
  keyFacts: 'key-facts',
  references: 'references',
  readNext: 'read-next',
  cite: 'cite',
  tocTitle: 'toc-title',
  allSections: 'all-sections',
} as const;
