import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import sharedEn from './en.json';
import sharedFr from './fr.json';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fr';
export const LANGUAGE_STORAGE_KEY = 'pix-libre.language';

/** Translations of one app, per language (merged over the shared ones). */
export type AppResources = Record<Language, Record<string, unknown>>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): Language | null {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private browsing or storage disabled: the choice lasts for this page only.
  }
}

function applyDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** The current language as a supported code (used for Accept-Language and the `lang` attribute). */
export function currentLanguage(i18n: I18n): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}

export interface CreateI18nOptions {
  /** Forces the language (tests); otherwise the stored choice, else French. */
  language?: Language;
  /** Keep the choice in localStorage and mirror it on <html lang>; on by default. */
  persist?: boolean;
}

/**
 * Creates one i18next instance with the shared texts (`shared.*`) and the app's own texts.
 * French is the default and fallback language. Initialisation is synchronous (inline resources).
 */
export function createI18n(appResources: AppResources, options: CreateI18nOptions = {}): I18n {
  const persist = options.persist ?? true;
  const resources: Resource = {};
  const shared: AppResources = { fr: sharedFr, en: sharedEn };
  for (const language of LANGUAGES) {
    resources[language] = { translation: { ...shared[language], ...appResources[language] } };
  }
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: options.language ?? (persist ? readStoredLanguage() : null) ?? DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  if (persist) {
    applyDocumentLanguage(currentLanguage(instance));
    instance.on('languageChanged', (language) => {
      if (!isLanguage(language)) return;
      applyDocumentLanguage(language);
      storeLanguage(language);
    });
  }
  return instance;
}
