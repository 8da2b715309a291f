import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CampaignHeading } from './CampaignHeading';

export interface AccountCreatedPageProps {
  campaignName: string;
  organizationName: string;
  firstName: string;
  lastName: string;
  /** The username the platform made: the pupil must write it down to log in again. */
  username: string;
  onContinue: () => void;
}

/** "Votre compte est créé" (props only): the username in a box of its own, to write down, then "Continuer". */
export function AccountCreatedPage({ campaignName, organizationName, firstName, lastName, username, onContinue }: AccountCreatedPageProps) {
  const { t } = useTranslation();
  const usernameTitleId = useId();
  return (
    <Box component="section" aria-labelledby="account-created-title" sx={{ maxWidth: 640, mx: 'auto' }}>
      <CampaignHeading id="account-created-title" overline={campaignName} title={t('learner.newAccount.createdTitle')} />
      <Typography sx={{ mb: 3 }}>{t('learner.newAccount.linked', { firstName, lastName, organizationName })}</Typography>
      <Paper
        component="section"
        aria-labelledby={usernameTitleId}
        variant="outlined"
        sx={{ p: { xs: 2, sm: 3 }, mb: 3, textAlign: 'center', borderWidth: 2, borderColor: 'primary.main' }}
      >
        <Typography id={usernameTitleId} component="h2" variant="h6">
          {t('learner.newAccount.yourUsername')}
        </Typography>
        <Typography
          component="p"
          sx={{ fontFamily: 'ui-monospace, "DejaVu Sans Mono", monospace', fontSize: { xs: '1.4rem', sm: '1.75rem' }, fontWeight: 700, my: 1.5, overflowWrap: 'anywhere' }}
        >
          {username}
        </Typography>
        <Typography sx={{ fontWeight: 700 }}>{t('learner.newAccount.noteIt')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('learner.newAccount.howToLogIn')}
        </Typography>
      </Paper>
      <Button variant="contained" size="large" onClick={onContinue} sx={{ width: { xs: '100%', sm: 'auto' } }}>
        {t('learner.newAccount.continue')}
      </Button>
    </Box>
  );
}
