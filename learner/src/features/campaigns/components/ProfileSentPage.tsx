import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ParticipationDetailsFragment } from '../../../__generated__/graphql';
import { urls } from '../../../urls';
import { formatDate } from '../domain/format';
import { CampaignHeading } from './CampaignHeading';

export interface ProfileSentPageProps {
  participation: ParticipationDetailsFragment;
  /** Just sent: "Votre profil a bien été envoyé". */
  justSent: boolean;
  notice: string | null;
}

/** A profiles collection's sending (props only): when, what was sent (pix, certifiable), and "Envoyer à nouveau mon profil". */
export function ProfileSentPage({ participation, justSent, notice }: ProfileSentPageProps) {
  const { t, i18n } = useTranslation();
  const { campaign } = participation;
  const organizationName = campaign.organizationName;
  const date = participation.sharedAt ? formatDate(participation.sharedAt, i18n.language) : '';
  return (
    <Box component="section" aria-labelledby="profile-sent-title" sx={{ maxWidth: 760, mx: 'auto' }}>
      <CampaignHeading id="profile-sent-title" overline={organizationName} title={campaign.name} />
      {notice && (
        <Alert severity="info" role="note" sx={{ mb: 2 }}>
          {notice}
        </Alert>
      )}
      <Alert severity="success" role="status" sx={{ mb: 3 }}>
        {justSent ? t('learner.profileSent.justSent', { organizationName }) : t('learner.profileSent.sentOn', { organizationName, date })}
      </Alert>
      <Paper variant="outlined" component="section" aria-labelledby="profile-sent-summary" sx={{ p: { xs: 2, sm: 3 }, mb: 3 }}>
        <Typography variant="h2" id="profile-sent-summary" sx={{ fontSize: '1.25rem', mb: 1 }}>
          {t('learner.profileSent.summaryTitle')}
        </Typography>
        {participation.pixScore !== null && (
          <Typography sx={{ fontSize: '1.5rem', fontWeight: 700, color: 'primary.main' }}>{t('learner.profileSent.pix', { count: participation.pixScore })}</Typography>
        )}
        {participation.isCertifiable !== null && (
          <Typography sx={{ mt: 1 }}>
            {participation.isCertifiable ? t('learner.profileSent.certifiable') : t('learner.profileSent.notCertifiable')}
            {participation.certifiableCompetencesCount !== null &&
              ` ${t('learner.profileSent.certifiableCompetences', { count: participation.certifiableCompetencesCount })}`}
          </Typography>
        )}
      </Paper>
      {campaign.multipleSendings && <Typography sx={{ mb: 2 }}>{t('learner.profileSent.sendAgainIntro')}</Typography>}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        {campaign.multipleSendings && (
          <Button component={RouterLink} to={urls.campaignJoin(campaign.code)} variant="outlined">
            {t('learner.profileSent.sendAgain')}
          </Button>
        )}
        <Button component={RouterLink} to={urls.home()} variant="contained">
          {t('learner.campaignResults.backToDashboard')}
        </Button>
      </Box>
    </Box>
  );
}
