import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { currentLanguage, ErrorAlert, PageLoader } from '@pix-libre/ui-shared';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignType } from '../../../__generated__/graphql';
import { CampaignParticipationResultsQuery } from '../campaign-results.graphql';
import { formatDate, formatRate, participantName, type ParticipationRow } from '../campaign-results-types';
import { CertifiableChip, StatusChip } from './ParticipationChips';
import { CompetenceResultsTable } from './CompetenceResultsTable';
import { RateBar } from './SectionParts';

export interface ParticipantDetailDialogProps {
  open: boolean;
  participation: ParticipationRow;
  type: CampaignType;
  idPixLabel: string | null;
  onClose: () => void;
}

/**
 * A participant's detail: the participation (class, external id, status, dates) and, once sent, an
 * assessment's mastery per competence (asked when the dialog opens) or a profile's pix and certifiability.
 */
export function ParticipantDetailDialog({ open, participation, type, idPixLabel, onClose }: ParticipantDetailDialogProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const titleId = useId();
  const name = participantName(participation) || t('console.campaignResults.detail.anonymous');
  const shared = participation.status === 'SHARED';
  const column = (key: string) => t(`console.campaignResults.participants.columns.${key}`);

  const details: { label: string; value: ReactNode }[] = [];
  if (participation.participant?.division) details.push({ label: column('division'), value: participation.participant.division });
  if (participation.participantExternalId) details.push({ label: idPixLabel ?? column('externalId'), value: participation.participantExternalId });
  details.push({ label: column('status'), value: <StatusChip type={type} status={participation.status} /> });
  details.push({ label: t('console.campaignResults.detail.startedAt'), value: formatDate(participation.createdAt, language) });
  if (participation.sharedAt) details.push({ label: column('sharedAt'), value: formatDate(participation.sharedAt, language) });
  if (type === 'ASSESSMENT' && !shared) details.push({ label: column('progress'), value: formatRate(participation.progress / 100, language) });
  if (type === 'PROFILES_COLLECTION' && shared) {
    details.push({ label: column('pixScore'), value: participation.pixScore ?? '–' });
    if (participation.isCertifiable !== null) details.push({ label: column('certifiable'), value: <CertifiableChip certifiable={participation.isCertifiable} /> });
    details.push({ label: column('certifiableCompetences'), value: participation.certifiableCompetencesCount ?? '–' });
  }

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <DialogTitle id={titleId} component="h2">
        {t('console.campaignResults.detail.title', { name })}
      </DialogTitle>
      <DialogContent>
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' }, columnGap: 3, rowGap: 1, m: 0, mb: 3, alignItems: 'center' }}>
          {details.map((detail) => (
            <Box key={detail.label} sx={{ display: 'contents' }}>
              <Typography component="dt" sx={{ fontWeight: 700 }}>
                {detail.label}
              </Typography>
              <Typography component="dd" sx={{ m: 0 }}>
                {detail.value}
              </Typography>
            </Box>
          ))}
        </Box>
        {type === 'ASSESSMENT' &&
          (shared ? <AssessmentResults participationId={participation.id} /> : <Typography>{t('console.campaignResults.detail.notShared', { name })}</Typography>)}
        {type === 'PROFILES_COLLECTION' && !shared && <Typography>{t('console.campaignResults.detail.profileNotSent', { name })}</Typography>}
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          {t('console.campaignResults.detail.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** An assessment's results as sent: overall, then per competence. */
function AssessmentResults({ participationId }: { participationId: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const competencesTitleId = useId();
  const { data, error, loading } = useQuery(CampaignParticipationResultsQuery, { variables: { participationId } });
  const results = data?.campaignParticipation.results;
  if (!results) return error ? <ErrorAlert error={error} /> : loading ? <PageLoader /> : null;

  return (
    <>
      <Typography variant="h3" gutterBottom>
        {t('console.campaignResults.detail.overallMastery')}
      </Typography>
      <RateBar rate={results.masteryRate} text={formatRate(results.masteryRate, language)} width={240} />
      <Typography color="text.secondary" sx={{ mt: 0.5, mb: 3 }}>
        {t('console.campaignResults.detail.validatedSkills', { validated: results.validatedSkillsCount, targeted: results.targetedSkillsCount })}
      </Typography>
      <Typography variant="h3" id={competencesTitleId} gutterBottom>
        {t('console.campaignResults.detail.competencesTitle')}
      </Typography>
      <CompetenceResultsTable
        labelledBy={competencesTitleId}
        rows={results.competences.map((result) => ({
          key: result.competence.id,
          competence: `${result.competence.code} ${result.competence.name}`,
          masteryRate: result.masteryRate,
          validated: String(result.validatedSkillsCount),
          targeted: result.targetedSkillsCount,
        }))}
      />
    </>
  );
}
