import { localeFromAcceptLanguage, translate } from '../../src/shared/i18n/translate';
import { fr } from '../../src/shared/i18n/messages.fr';
import { en } from '../../src/shared/i18n/messages.en';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

describe('translations', () => {
  it('speaks French by default and English on request', () => {
    expect(localeFromAcceptLanguage(undefined)).toBe('fr');
    expect(localeFromAcceptLanguage('en-GB,en;q=0.9')).toBe('en');
    expect(localeFromAcceptLanguage('de-DE,en;q=0.5,fr;q=0.8')).toBe('fr');
    expect(localeFromAcceptLanguage('es')).toBe('fr');
  });

  it('fills the parameters of a message', () => {
    expect(translate('errors.tooManyAttempts', { minutes: 3 })).toBe('Trop de tentatives. Veuillez réessayer dans 3 minute(s).');
    expect(translate('errors.tooManyAttempts', { minutes: 3 }, 'en')).toBe('Too many attempts. Please try again in 3 minute(s).');
  });

  it('has every French message in English too', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });
});
