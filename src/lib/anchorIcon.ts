/** Path data of the "link" icon shown after headings; shared by the Markdown plugin and AnchorHeading. */
export const LINK_ICON_PATHS = [
  'M10 14a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5',
  'M14 10a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5',
];
