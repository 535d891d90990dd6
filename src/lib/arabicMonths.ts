/**
 * The UN's Arabic month names, the Syriac and the Latin paired ("أيار/مايو"), which no Intl locale
 * gives. On its own, so that the browser's citation code takes it without the interface strings.
 */
export const ARABIC_MONTHS = [
  'كانون الثاني/يناير',
  'شباط/فبراير',
  'آذار/مارس',
  'نيسان/أبريل',
  'أيار/مايو',
  'حزيران/يونيه',
  'تموز/يوليه',
  'آب/أغسطس',
  'أيلول/سبتمبر',
  'تشرين الأول/أكتوبر',
  'تشرين الثاني/نوفمبر',
  'كانون الأول/ديسمبر',
] as const;
