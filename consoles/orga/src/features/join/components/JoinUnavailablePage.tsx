import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { urls } from '../../../urls';

export interface JoinUnavailablePageProps {
  /** The server's error (INVITATION_INVALID says why); none when the link has no code. */
  error: unknown;
}

/** An invitation link that cannot be used (props only): says so, and where to go. */
export function JoinUnavailablePage({ error }: JoinUnavailablePageProps) {
  const { t } = useTranslation();
  return (
    <Paper component="section" variant="outlined" aria-labelledby="join-unavailable-title" sx={{ maxWidth: 640, mx: 'auto', p: { xs: 2, sm: 4 } }}>
      <Typography variant="h1" id="join-unavailable-title" gutterBottom>
        {t('console.join.unavailableTitle')}
      </Typography>
      {error ? (
        <ErrorAlert error={error} sx={{ mb: 3 }} />
      ) : (
        <Alert severity="error" role="alert" sx={{ mb: 3 }}>
          {t('console.join.missingCode')}
        </Alert>
      )}
      <Button component={RouterLink} to={urls.home()} variant="outlined">
        {t('console.join.goHome')}
      </Button>
    </Paper>
  );
}
