import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CampaignByCodeQuery } from '../../../__generated__/graphql';
import { urls } from '../../../urls';
import { CampaignHeading } from './CampaignHeading';

type Campaign = Pick<CampaignByCodeQuery['campaignByCode'], 'code' | 'name' | 'organizationName'>;

function Choice({ to, state, label, hint }: { to: string; state?: unknown; label: string; hint: string }) {
  const hintId = useId();
  return (
    <Paper component="li" variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Button component={RouterLink} to={to} state={state} variant="contained" size="large" fullWidth aria-describedby={hintId}>
        {label}
      </Button>
      <Typography id={hintId} variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
        {hint}
      </Typography>
    </Paper>
  );
}

/** "Avez-vous déjà un compte Pix ?" (props only): log in, then find oneself among the pupils; or create the account here. */
export function CampaignPupilChoicePage({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const joinAfterLogIn = { from: { pathname: urls.campaignJoin(campaign.code) } };
  return (
    <Box component="section" aria-labelledby="pupil-choice-title" sx={{ maxWidth: 640, mx: 'auto' }}>
      <CampaignHeading id="pupil-choice-title" overline={campaign.name} title={t('learner.pupilChoice.title')} />
      <Typography sx={{ mb: 3 }}>{t('learner.pupilChoice.intro', { organizationName: campaign.organizationName })}</Typography>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 2 }}>
        <Choice to={urls.logIn()} state={joinAfterLogIn} label={t('learner.pupilChoice.hasAccount')} hint={t('learner.pupilChoice.hasAccountHint')} />
        <Choice to={urls.campaignNewAccount(campaign.code)} label={t('learner.pupilChoice.noAccount')} hint={t('learner.pupilChoice.noAccountHint')} />
      </Box>
    </Box>
  );
}
