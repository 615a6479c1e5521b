/** The languages Cifras speaks. Spanish is formatted as Mexican Spanish. */
export type Lang = 'en' | 'es';

export const LANGS: readonly Lang[] = ['en', 'es'];

/** BCP 47 locale used by Intl for each language. */
export const INTL_LOCALE: Record<Lang, string> = { en: 'en-US', es: 'es-MX' };

/**
 * The language for a `lang` value: "es", "es-MX", "ES-es" → es; "en", "en-GB" → en.
 * Returns undefined for a language Cifras does not speak.
 */
export function parseLang(value: string | null | undefined): Lang | undefined {
  const primary = value?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGS.find((lang) => lang === primary);
}
