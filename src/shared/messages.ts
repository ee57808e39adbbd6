/** Languages every user-facing message exists in. */
export type Lang = 'ja' | 'en';

/** A message in both languages. */
export interface Bilingual {
  ja: string;
  en: string;
}

/** Pick the text for one language. */
export function pick(text: Bilingual, lang: Lang): string {
  return text[lang];
}

/** Replace `{name}` placeholders with values; unknown names stay visible. */
export function interpolate(template: string, values: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{([A-Za-z0-9_.]+)\}/g, (whole, name: string) =>
    name in values ? formatValue(values[name]) : whole,
  );
}

/** Short, stable text for a value shown to a user. */
export function formatValue(value: unknown): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') return value;
  return JSON.stringify(canonical(value));
}

/** A JSON value with object keys sorted, so output never depends on the input's key order. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
}
