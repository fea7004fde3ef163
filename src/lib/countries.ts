/**
 * Countries by ISO 3166-1 alpha-2 code, with their Spanish names. Content
 * stores codes (`CO`, not "Colombia") so a typo is caught and filters and
 * calendars can rely on one spelling. Latin America and the Caribbean first,
 * then the other countries where the network's events happen.
 */
export const COUNTRIES = {
  AG: 'Antigua y Barbuda', AR: 'Argentina', BS: 'Bahamas', BB: 'Barbados', BZ: 'Belice',
  BO: 'Bolivia', BR: 'Brasil', CL: 'Chile', CO: 'Colombia', CR: 'Costa Rica', CU: 'Cuba',
  DM: 'Dominica', EC: 'Ecuador', SV: 'El Salvador', GD: 'Granada', GT: 'Guatemala',
  GY: 'Guyana', HT: 'Haití', HN: 'Honduras', JM: 'Jamaica', MX: 'México', NI: 'Nicaragua',
  PA: 'Panamá', PY: 'Paraguay', PE: 'Perú', DO: 'República Dominicana',
  KN: 'San Cristóbal y Nieves', VC: 'San Vicente y las Granadinas', LC: 'Santa Lucía',
  SR: 'Surinam', TT: 'Trinidad y Tobago', UY: 'Uruguay', VE: 'Venezuela', PR: 'Puerto Rico',
  CA: 'Canadá', US: 'Estados Unidos', ES: 'España', PT: 'Portugal', FR: 'Francia',
  IT: 'Italia', DE: 'Alemania', GB: 'Reino Unido', CH: 'Suiza', SE: 'Suecia',
  NL: 'Países Bajos', BE: 'Bélgica', JP: 'Japón', KE: 'Kenia', ZA: 'Sudáfrica',
} as const;

export type CountryCode = keyof typeof COUNTRIES;

export const COUNTRY_CODES = Object.keys(COUNTRIES) as [CountryCode, ...CountryCode[]];

const DISPLAY = {
  pt: new Intl.DisplayNames('pt', { type: 'region' }),
  en: new Intl.DisplayNames('en', { type: 'region' }),
};

/** A country's name: the table's Spanish, or Intl's Portuguese or English (Node ships full ICU). */
export function countryName(code: string, locale: 'es' | 'pt' | 'en' = 'es'): string {
  if (locale !== 'es' && code in COUNTRIES) return DISPLAY[locale].of(code) ?? code;
  return (COUNTRIES as Record<string, string>)[code] ?? code;
}
