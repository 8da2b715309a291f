import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { colors, currentLanguage, ErrorAlert, PageLoader } from '@pix-libre/ui-shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CampaignCollectiveResultsQuery } from '../campaign-results.graphql';
import { collectiveTotals, formatDecimal, formatRate, type CollectiveResults } from '../campaign-results-types';
import { CompetenceResultsTable } from './CompetenceResultsTable';
import { HorizontalBarChart } from './HorizontalBarChart';
import { AssessmentOnlyNotice, ResultsSection, WaitingForResults } from './SectionParts';

/**
 * "Résultats collectifs" of an assessment: per competence (sorted by code), the mastery of the
 * participants who sent their results, as a bar chart and as a table (area, competence, mastery,
 * validated skills per participant / evaluated skills); "En attente de résultats" before any sending.
 */
export function CollectiveResultsSection({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const messageId = useId();
  const { data, error, loading } = useQuery(CampaignCollectiveResultsQuery, { variables: { campaignId }, fetchPolicy: 'cache-and-network' });
  const campaign = data?.campaign;

  let content = null;
  if (campaign?.type === 'PROFILES_COLLECTION' || (campaign && !campaign.collectiveResults)) content = <AssessmentOnlyNotice titleId={messageId} />;
  else if (campaign?.collectiveResults && campaign.collectiveResults.sharedParticipationsCount === 0)
    content = <WaitingForResults titleId={messageId} text={t('console.campaignResults.waiting.collective')} />;
  else if (campaign?.collectiveResults) content = <CollectiveResultsContent results={campaign.collectiveResults} />;
  else if (loading) content = <PageLoader />;

  return (
    <ResultsSection titleId={titleId} title={t('console.campaignResults.collective.title')}>
      <ErrorAlert error={error} sx={{ mb: 2 }} />
      {content}
    </ResultsSection>
  );
}

function CollectiveResultsContent({ results }: { results: CollectiveResults }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const chartTitleId = useId();
  const tableTitleId = useId();
  const narrow = useMediaQuery(useTheme().breakpoints.down('sm'));
  const totals = collectiveTotals(results);
  const summary = [
    { label: t('console.campaignResults.collective.average'), value: formatRate(totals.masteryRate, language) },
    { label: t('console.campaignResults.collective.averageValidated'), value: formatDecimal(totals.averageValidated, language) },
    { label: t('console.campaignResults.collective.targeted'), value: formatDecimal(totals.targeted, language) },
  ];

  return (
    <>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('console.campaignResults.collective.sharedCount', { count: results.sharedParticipationsCount })}
      </Typography>
      <Box component="dl" sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, m: 0, mb: 3 }}>
        {summary.map((item) => (
          <Paper key={item.label} variant="outlined" sx={{ px: 2, py: 1.5, minWidth: 180 }}>
            <Typography component="dt">{item.label}</Typography>
            <Typography component="dd" sx={{ m: 0, fontSize: '1.75rem', fontWeight: 700 }}>
              {item.value}
            </Typography>
          </Paper>
        ))}
      </Box>

      <Paper variant="outlined" component="section" aria-labelledby={chartTitleId} sx={{ p: { xs: 2, sm: 3 }, mb: 3 }}>
        <Typography variant="h3" id={chartTitleId} gutterBottom>
          {t('console.campaignResults.collective.chartTitle')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('console.campaignResults.collective.chartHint')}
        </Typography>
        <HorizontalBarChart
          bars={results.competences.map((result) => ({
            label: `${result.competence.code} ${result.competence.name}`,
            value: Math.round(result.masteryRate * 100),
            color: colors.blueFrance,
          }))}
          formatValue={(value) => formatRate(value / 100, language)}
          max={100}
          ticks={[0, 20, 40, 60, 80, 100]}
          // Code and name; on a phone the name is cut (the table below gives it in full).
          labelWidth={narrow ? 128 : 300}
        />
      </Paper>

      <Typography variant="h3" id={tableTitleId} gutterBottom>
        {t('console.campaignResults.collective.tableTitle')}
      </Typography>
      <CompetenceResultsTable
        labelledBy={tableTitleId}
        rows={results.competences.map((result) => ({
          key: result.competence.id,
          area: result.areaName,
          competence: `${result.competence.code} ${result.competence.name}`,
          masteryRate: result.masteryRate,
          validated: formatDecimal(result.averageValidatedSkills, language),
          targeted: result.targetedSkillsCount,
        }))}
      />
    </>
  );
}
