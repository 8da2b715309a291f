import { createTheme, type Theme } from '@mui/material/styles';
import { enUS, frFR } from '@mui/material/locale';
import type { Language } from '../i18n/i18n';

/**
 * Colours inspired by the French State design system (DSFR): "bleu France", "rouge Marianne",
 * neutral greys. Every text colour below reaches at least 4.5:1 on white and on `background`.
 */
export const colors = {
  blueFrance: '#000091',
  blueFranceHover: '#1212ff',
  blueFranceLight: '#e3e3fd',
  redMarianne: '#c9191e',
  text: '#161616',
  textMuted: '#3a3a3a',
  border: '#929292',
  background: '#f6f6f6',
  focus: '#0a76f6',
  error: '#ce0500',
  success: '#18753c',
  warning: '#b34000',
  info: '#0063cb',
} as const;

export function createPixTheme(language: Language = 'fr'): Theme {
  return createTheme(
    {
      palette: {
        primary: { main: colors.blueFrance, dark: '#00006d', light: colors.blueFranceHover, contrastText: '#ffffff' },
        secondary: { main: colors.redMarianne, contrastText: '#ffffff' },
        error: { main: colors.error },
        success: { main: colors.success },
        warning: { main: colors.warning },
        info: { main: colors.info },
        text: { primary: colors.text, secondary: colors.textMuted },
        background: { default: colors.background, paper: '#ffffff' },
        divider: '#dddddd',
      },
      shape: { borderRadius: 4 },
      typography: {
        fontFamily: '"Marianne", Arial, "Helvetica Neue", Helvetica, sans-serif',
        h1: { fontSize: '2rem', fontWeight: 700, lineHeight: 1.25 },
        h2: { fontSize: '1.5rem', fontWeight: 700, lineHeight: 1.3 },
        h3: { fontSize: '1.125rem', fontWeight: 700, lineHeight: 1.4 },
        button: { textTransform: 'none', fontWeight: 500, fontSize: '1rem' },
      },
      components: {
        MuiCssBaseline: {
          styleOverrides: {
            // A visible focus ring on every keyboard-focused element (WCAG 2.4.7).
            '*:focus-visible': { outline: `2px solid ${colors.focus}`, outlineOffset: 2 },
            // Text fields already show focus with a thick border in the primary colour.
            '.MuiInputBase-input:focus-visible': { outline: 'none' },
            a: { color: colors.blueFrance },
            '@media (prefers-reduced-motion: reduce)': {
              '*, *::before, *::after': { transitionDuration: '0.01ms !important', animationDuration: '0.01ms !important' },
            },
          },
        },
        MuiButtonBase: { defaultProps: { disableRipple: true } },
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiLink: { defaultProps: { underline: 'always' } },
        MuiTextField: { defaultProps: { fullWidth: true, margin: 'normal' } },
        // Required fields keep the `required` attribute, but labels carry no asterisk: forms say
        // "Tous les champs sont obligatoires" instead (the French State design system's way).
        MuiInputLabel: { defaultProps: { required: false } },
        // A question's legend ("Choisissez une réponse.") stays readable while its answer is being
        // sent or once time is up: MUI's disabled grey is 2.9:1 on white, under WCAG's 4.5:1.
        MuiFormLabel: { styleOverrides: { root: { '&.Mui-disabled': { color: colors.textMuted } } } },
        // The same for a field's help text ("Un nombre, sans unité.") while the answer is being sent.
        MuiFormHelperText: { styleOverrides: { root: { '&.Mui-disabled': { color: colors.textMuted } } } },
        MuiAlert: { defaultProps: { variant: 'outlined' } },
        MuiAppBar: { defaultProps: { color: 'inherit', elevation: 0 } },
        MuiToggleButton: {
          styleOverrides: {
            root: {
              color: colors.textMuted,
              '&.Mui-selected, &.Mui-selected:hover': { color: '#ffffff', backgroundColor: colors.blueFrance },
            },
          },
        },
      },
    },
    language === 'en' ? enUS : frFR,
  );
}
