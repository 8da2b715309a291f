import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { DashboardQuery } from '../../../__generated__/graphql';
import { areaColor } from '../../../domain/area-color';
import { groupByArea } from '../../../domain/group-by-area';
import { urls } from '../../../urls';
import { campaignErrorMessage, existingParticipation } from '../domain/campaign-errors';
import { formatDate } from '../domain/format';
import { CampaignHeading } from './CampaignHeading';

export interface SendProfilePageProps {
  campaign: { code: string; name: string; organizationName: string };
  profile: DashboardQuery['me']['profile'];
  /** When the profile was sent last (a campaign that allows sending it again). */
  previousSentAt: string | null;
  onSend: () => void;
  sending: boolean;
  error: unknown;
}

/** "Envoyer mon profil" (props only): what will be sent, the learner's pix and level per competence, then the button. */
export function SendProfilePage({ campaign, profile, previousSentAt, onSend, sending, error }: SendProfilePageProps) {
  const { t, i18n } = useTranslation();
  const already = existingParticipation(error);
  const alreadyMessage = campaignErrorMessage(error, 'ALREADY_PARTICIPATED');
  return (
    <Box component="section" aria-labelledby="send-profile-title" sx={{ maxWidth: 760, mx: 'auto' }}>
      <CampaignHeading id="send-profile-title" overline={campaign.name} title={t('learner.sendProfile.title')} />
      <Typography sx={{ mb: 2 }}>{t('learner.sendProfile.intro', { organizationName: campaign.organizationName })}</Typography>
      {previousSentAt && (
        <Alert severity="info" role="note" sx={{ mb: 2 }}>
          {t('learner.sendProfile.previous', { date: formatDate(previousSentAt, i18n.language) })}
        </Alert>
      )}
      <Paper variant="outlined" component="section" aria-labelledby="profile-summary-title" sx={{ p: { xs: 2, sm: 3 }, mb: 3 }}>
        <Typography variant="h2" id="profile-summary-title" sx={{ fontSize: '1.25rem', mb: 1 }}>
          {t('learner.sendProfile.summaryTitle')}
        </Typography>
        <Typography sx={{ fontSize: '1.5rem', fontWeight: 700, color: 'primary.main', mb: 2 }}>
          {t('learner.sendProfile.pix', { count: profile.pixScore, max: profile.maxPixScore })}
        </Typography>
        {groupByArea(profile.competences).map(({ area, items }) => (
          <Box key={area.id} sx={{ mb: 2 }}>
            <Typography variant="h3" sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 0.5 }}>
              <Box component="span" aria-hidden="true" sx={{ width: 8, height: 20, borderRadius: 1, bgcolor: areaColor(area), flexShrink: 0 }} />
              {t('learner.dashboard.areaTitle', { code: area.code, name: area.name })}
            </Typography>
            <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
              {items.map((item) => (
                <Box
                  component="li"
                  key={item.competence.id}
                  sx={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 1, py: 0.75, borderBottom: '1px solid #e5e5e5' }}
                >
                  <span>
                    {item.competence.code} {item.competence.name}
                  </span>
                  <Box component="span" sx={{ fontWeight: 700, whiteSpace: 'nowrap' }}>
                    {t('learner.competence.level', { level: item.level })}
                  </Box>
                </Box>
              ))}
            </Box>
          </Box>
        ))}
      </Paper>
      {alreadyMessage ? (
        <Alert severity="warning" role="alert" sx={{ mb: 2 }}>
          {alreadyMessage}{' '}
          {already && (
            <Link component={RouterLink} to={urls.campaignParticipation(campaign.code, already.participationId)}>
              {t('learner.sendProfile.seeSent')}
            </Link>
          )}
        </Alert>
      ) : (
        <ErrorAlert error={error} sx={{ mb: 2 }} />
      )}
      <Button variant="contained" size="large" onClick={onSend} disabled={sending} sx={{ width: { xs: '100%', sm: 'auto' } }}>
        {sending ? t('learner.sendProfile.sending') : t('learner.sendProfile.send')}
      </Button>
    </Box>
  );
}
