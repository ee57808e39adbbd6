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
  return JSON.stringify(value);
}
