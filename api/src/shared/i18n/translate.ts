import i18next, { type i18n } from 'i18next';
import { fr } from './messages.fr';
import { en } from './messages.en';
import type { MessageParams } from '../domain/errors';

export const SUPPORTED_LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

let instance: i18n | undefined;

function getInstance(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      initAsync: false,
      lng: DEFAULT_LOCALE,
      fallbackLng: DEFAULT_LOCALE,
      resources: { fr: { translation: fr }, en: { translation: en } },
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    } as Parameters<i18n['init']>[0]);
  }
  return instance;
}

export function translate(key: string, params: MessageParams = {}, locale: Locale = DEFAULT_LOCALE): string {
  return getInstance().t(key, { ...params, lng: locale });
}

/** Picks the first supported language of an Accept-Language header (fr when none). */
export function localeFromAcceptLanguage(header: string | undefined | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().split(';');
      const q = rest.find((r) => r.trim().startsWith('q='));
      return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  const found = ranked.find((r) => (SUPPORTED_LOCALES as readonly string[]).includes(r.lang));
  return (found?.lang as Locale) ?? DEFAULT_LOCALE;
}

export function isLocale(value: string): value is Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value);
}
