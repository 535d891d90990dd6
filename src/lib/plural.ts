import type { Lang } from '../i18n/ui.ts';

/** A noun in each form a language gives it after a number (Intl.PluralRules categories). */
export interface UnitForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/**
 * The unit's form after the number `count` in `lang` (Arabic: «3 مراقبين», «250 مراقبًا», «100 مراقب»), by
 * the language's own plural rules rather than by hand.
 */
export function unitAfter(count: number, forms: UnitForms, lang: Lang): string {
  const category = new Intl.PluralRules(lang).select(count) as keyof UnitForms;
  return forms[category] ?? forms.other;
}
