import { useApolloClient } from '@apollo/client/react';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useTranslation } from 'react-i18next';
import { currentLanguage, isLanguage, LANGUAGES } from '../i18n/i18n';
import { visuallyHidden } from '../components/visually-hidden';

/**
 * FR / EN switch. The choice is kept in localStorage (see createI18n); queries on screen are
 * fetched again so that content localised by the server follows the language.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const language = currentLanguage(i18n);

  const change = async (next: unknown) => {
    if (!isLanguage(next) || next === language) return;
    await i18n.changeLanguage(next);
    void client.refetchQueries({ include: 'active' }).catch(() => undefined);
  };

  return (
    <ToggleButtonGroup
      value={language}
      exclusive
      size="small"
      onChange={(_event, next) => void change(next)}
      aria-label={t('shared.language.label')}
    >
      {LANGUAGES.map((code) => (
        // Named by what it shows ("FR"), then the language in full, read in that language.
        <ToggleButton key={code} value={code} lang={code} sx={{ px: 1.5, fontWeight: 700 }}>
          {code.toUpperCase()}
          <span style={visuallyHidden}> ({t(`shared.language.${code}`)})</span>
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
