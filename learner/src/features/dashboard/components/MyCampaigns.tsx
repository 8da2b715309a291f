import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { colors } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ParticipationSummaryFragment } from '../../../__generated__/graphql';
import { urls } from '../../../urls';

/** Where a participation's link leads, and what it says. */
function actionOf(participation: ParticipationSummaryFragment): { href: string; label: string } {
  const { campaign } = participation;
  if (participation.status === 'STARTED') {
    const href = participation.assessment ? urls.campaignAssessment(campaign.code, participation.assessment.id) : urls.campaignJoin(campaign.code);
    return { href, label: 'learner.myCampaigns.resume' };
  }
  const href = urls.campaignParticipation(campaign.code, participation.id);
  if (participation.status === 'TO_SHARE') return { href, label: 'learner.myCampaigns.share' };
  return { href, label: campaign.type === 'PROFILES_COLLECTION' ? 'learner.myCampaigns.seeSending' : 'learner.myCampaigns.seeResults' };
}

const STATUS_COLORS = { STARTED: colors.blueFrance, TO_SHARE: colors.warning, SHARED: colors.success } as const;

/** "Mes parcours" (props only): the learner's campaigns with their state and a link to resume, send or see them, and "J'ai un code". */
export function MyCampaigns({ participations }: { participations: readonly ParticipationSummaryFragment[] }) {
  const { t } = useTranslation();
  return (
    <Box component="section" aria-labelledby="my-campaigns-title" sx={{ mb: 4 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', justifyContent: 'space-between', mb: 2 }}>
        <Typography variant="h2" id="my-campaigns-title" sx={{ fontSize: { xs: '1.25rem', sm: '1.5rem' } }}>
          {t('learner.myCampaigns.title')}
        </Typography>
        <Button component={RouterLink} to={urls.campaigns()} variant="outlined">
          {t('learner.myCampaigns.haveCode')}
        </Button>
      </Box>
      {participations.length === 0 ? (
        <Typography color="text.secondary">{t('learner.myCampaigns.empty')}</Typography>
      ) : (
        <Box
          component="ul"
          sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', md: 'repeat(3, minmax(0, 1fr))' } }}
        >
          {participations.map((participation) => {
            const action = actionOf(participation);
            const titleId = `my-campaign-${participation.id}`;
            const statusLabel = t(`learner.myCampaigns.status.${participation.status}`);
            return (
              <li key={participation.id}>
                <Paper variant="outlined" sx={{ p: 2, height: '100%', display: 'flex', flexDirection: 'column', gap: 1, borderLeft: `4px solid ${STATUS_COLORS[participation.status]}` }}>
                  <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                    {participation.campaign.organizationName}
                  </Typography>
                  <Typography variant="h3" id={titleId} sx={{ overflowWrap: 'anywhere' }}>
                    {participation.campaign.name}
                  </Typography>
                  <Typography sx={{ fontWeight: 700, color: STATUS_COLORS[participation.status] }}>{statusLabel}</Typography>
                  <Box sx={{ mt: 'auto', pt: 1 }}>
                    <Button component={RouterLink} to={action.href} variant={participation.status === 'SHARED' ? 'outlined' : 'contained'} aria-describedby={titleId}>
                      {t(action.label)}
                    </Button>
                  </Box>
                </Paper>
              </li>
            );
          })}
        </Box>
      )}
    </Box>
  );
}
