import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { hasErrorCode } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { urls } from '../../../urls';

/** An organisation the user may not see, or that does not exist (FORBIDDEN, NOT_FOUND, a malformed id). */
export function isUnavailable(error: unknown): boolean {
  return hasErrorCode(error, 'FORBIDDEN') || hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'BAD_USER_INPUT');
}

/** "Vous n'avez pas accès à cette organisation" (props only), with a way back to one's own. */
export function OrganizationUnavailable() {
  const { t } = useTranslation();
  return (
    <Paper component="section" variant="outlined" aria-labelledby="organization-unavailable-title" sx={{ maxWidth: 640, mx: 'auto', p: { xs: 2, sm: 4 } }}>
      <Typography variant="h1" id="organization-unavailable-title" gutterBottom>
        {t('console.organization.unavailableTitle')}
      </Typography>
      <Typography sx={{ mb: 3 }}>{t('console.organization.unavailableText')}</Typography>
      <Button component={RouterLink} to={urls.home()} variant="contained">
        {t('console.organization.backHome')}
      </Button>
    </Paper>
  );
}
