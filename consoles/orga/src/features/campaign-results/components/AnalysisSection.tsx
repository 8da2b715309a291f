import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { ErrorAlert, PageLoader } from '@pix-libre/ui-shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CampaignAnalysisQuery } from '../campaign-results.graphql';
import type { TubeRecommendation } from '../campaign-results-types';
import { AssessmentOnlyNotice, ResultsSection, WaitingForResults } from './SectionParts';
import { TubeRecommendationItem } from './TubeRecommendationItem';

/**
 * "Analyse" of an assessment: "Recommandation de sujets à travailler", the campaign's tubes ranked by
 * relevance (most recommended first), each with its level as dots and in words, and its tutorials.
 */
export function AnalysisSection({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const messageId = useId();
  const { data, error, loading } = useQuery(CampaignAnalysisQuery, { variables: { campaignId }, fetchPolicy: 'cache-and-network' });
  const campaign = data?.campaign;

  let content = null;
  if (campaign?.type === 'PROFILES_COLLECTION' || (campaign && !campaign.analysis)) content = <AssessmentOnlyNotice titleId={messageId} />;
  else if (campaign?.analysis && campaign.analysis.tubes.length === 0) content = <WaitingForResults titleId={messageId} text={t('console.campaignResults.waiting.analysis')} />;
  else if (campaign?.analysis) content = <RecommendedTopics tubes={campaign.analysis.tubes} />;
  else if (loading) content = <PageLoader />;

  return (
    <ResultsSection titleId={titleId} title={t('console.campaignResults.analysis.title')}>
      <ErrorAlert error={error} sx={{ mb: 2 }} />
      {content}
    </ResultsSection>
  );
}

function RecommendedTopics({ tubes }: { tubes: TubeRecommendation[] }) {
  const { t } = useTranslation();
  const listTitleId = useId();
  return (
    <>
      <Typography sx={{ mb: 1, maxWidth: 800 }}>{t('console.campaignResults.analysis.intro')}</Typography>
      <Typography color="text.secondary" sx={{ mb: 3, maxWidth: 800 }}>
        {t('console.campaignResults.analysis.legend')}
      </Typography>
      <Typography variant="h3" id={listTitleId} sx={{ mb: 1 }}>
        {t('console.campaignResults.analysis.count', { count: tubes.length })}
      </Typography>
      <Box component="ol" aria-labelledby={listTitleId} sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}>
        {tubes.map((recommendation, index) => (
          <TubeRecommendationItem key={recommendation.tube.id} recommendation={recommendation} rank={index + 1} />
        ))}
      </Box>
    </>
  );
}
