/**
 * Fills `{name}` placeholders in a UI string. A placeholder with no value is left as it is, so a
 * missing value shows instead of silently vanishing. Shared by pages and browser scripts.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
