import Send from '@mui/icons-material/Send';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '@pix-libre/ui-shared';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ParticipationDetailsFragment } from '../../../__generated__/graphql';
import { areaColor } from '../../../domain/area-color';
import { urls } from '../../../urls';
import { formatDate, toPercent } from '../domain/format';
import { CampaignHeading } from './CampaignHeading';

export interface CampaignResultsPageProps {
  participation: ParticipationDetailsFragment;
  /** "J'envoie mes résultats" (TO_SHARE only). */
  onShare: () => void;
  sharing: boolean;
  shareError: unknown;
  /** The results were just sent from this page: the confirmation takes the focus. */
  justShared: boolean;
  /** An explanation brought from elsewhere (e.g. "Vous avez déjà participé…"). */
  notice: string | null;
}

/** One competence's mastery: its name, a bar and the percentage as text (never by the bar alone). */
function CompetenceMastery({ item }: { item: NonNullable<ParticipationDetailsFragment['results']>['competences'][number] }) {
  const { t } = useTranslation();
  const percent = toPercent(item.masteryRate);
  const nameId = useId();
  return (
    <Box component="li" sx={{ py: 1.5, borderBottom: '1px solid #e5e5e5' }}>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 2, mb: 0.75 }}>
        <Typography id={nameId} sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
          {item.competence.code} {item.competence.name}
        </Typography>
        <Typography sx={{ fontWeight: 700, whiteSpace: 'nowrap' }}>{t('learner.campaignResults.percent', { percent })}</Typography>
      </Box>
      <LinearProgress
        variant="determinate"
        value={percent}
        aria-labelledby={nameId}
        aria-valuetext={t('learner.campaignResults.competenceValue', { percent })}
        sx={{ height: 10, borderRadius: 5, bgcolor: '#e5e5e5', '& .MuiLinearProgress-bar': { bgcolor: areaColor(item.competence.area) } }}
      />
    </Box>
  );
}

/**
 * The results of a campaign's test (props only): "Vous maîtrisez X % des compétences testées" overall and
 * per competence, then "J'envoie mes résultats" (TO_SHARE) or when they were sent (SHARED).
 */
export function CampaignResultsPage({ participation, onShare, sharing, shareError, justShared, notice }: CampaignResultsPageProps) {
  const { t, i18n } = useTranslation();
  const { campaign, results } = participation;
  const confirmationRef = useRef<HTMLDivElement>(null);
  const shared = participation.status === 'SHARED';
  const masteryRate = results?.masteryRate ?? participation.masteryRate ?? 0;
  const organizationName = campaign.organizationName;

  useEffect(() => {
    if (justShared) confirmationRef.current?.focus();
  }, [justShared]);

  return (
    <Box component="section" aria-labelledby="campaign-results-title" sx={{ maxWidth: 880, mx: 'auto' }}>
      <CampaignHeading id="campaign-results-title" overline={organizationName} title={campaign.name} />
      {notice && (
        <Alert severity="info" role="note" sx={{ mb: 2 }}>
          {notice}
        </Alert>
      )}
      <Paper variant="outlined" component="section" aria-labelledby="mastery-title" sx={{ p: { xs: 2, sm: 3 }, mb: 3 }}>
        <Typography variant="h2" id="mastery-title" sx={{ fontSize: { xs: '1.375rem', sm: '1.75rem' }, color: 'primary.main', mb: 1 }}>
          {t('learner.campaignResults.mastery', { percent: toPercent(masteryRate) })}
        </Typography>
        {results && (
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {t('learner.campaignResults.skills', { count: results.validatedSkillsCount, total: results.targetedSkillsCount })}
          </Typography>
        )}
        {results && results.competences.length > 0 && (
          <>
            <Typography variant="h3" sx={{ mt: 2 }}>
              {t('learner.campaignResults.perCompetence')}
            </Typography>
            <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
              {results.competences.map((item) => (
                <CompetenceMastery key={item.competence.id} item={item} />
              ))}
            </Box>
          </>
        )}
      </Paper>
      {shared ? (
        <Alert severity="success" role="status" ref={confirmationRef} tabIndex={-1} sx={{ mb: 3 }}>
          {justShared
            ? t('learner.campaignResults.justShared', { organizationName })
            : t('learner.campaignResults.sharedOn', { organizationName, date: participation.sharedAt ? formatDate(participation.sharedAt, i18n.language) : '' })}
        </Alert>
      ) : (
        <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 }, mb: 3 }}>
          <Typography sx={{ mb: 2 }}>{t('learner.campaignResults.shareIntro', { organizationName })}</Typography>
          <ErrorAlert error={shareError} sx={{ mb: 2 }} />
          <Button variant="contained" size="large" startIcon={<Send />} onClick={onShare} disabled={sharing} sx={{ width: { xs: '100%', sm: 'auto' } }}>
            {sharing ? t('learner.campaignResults.sharing') : t('learner.campaignResults.share')}
          </Button>
        </Paper>
      )}
      <Typography sx={{ mb: 2 }}>{t('learner.campaignResults.profileEnriched')}</Typography>
      <Button component={RouterLink} to={urls.home()} variant={shared ? 'contained' : 'outlined'}>
        {t('learner.campaignResults.backToDashboard')}
      </Button>
    </Box>
  );
}
