import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useQuery } from '@apollo/client/react';
import { colors, currentLanguage, ErrorAlert, PageLoader } from '@pix-libre/ui-shared';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignActivityQuery as CampaignActivityData } from '../../../__generated__/graphql';
import { CampaignActivityQuery } from '../campaign-results.graphql';
import { ACTIVITY_POLL_INTERVAL_MS, formatRate, shareOf } from '../campaign-results-types';
import { HorizontalBarChart } from './HorizontalBarChart';
import { ResultsSection, SectionMessage } from './SectionParts';

type Campaign = CampaignActivityData['campaign'];

/** The colour of each state, on the bars and beside their numbers (each at least 3:1 on white). */
export const STATE_COLORS = { shared: colors.success, toShare: colors.info, started: '#666666' } as const;

const isHidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

/**
 * "Activité": how many participants, split into "terminés et résultats envoyés", "terminés et
 * résultats NON envoyés" and "non terminés" (a profiles collection: sent or not), in numbers and in
 * a chart. Live: asked again every 10 s while the page is visible, and at once when it shows again.
 */
export function ActivitySection({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { data, error, loading, refetch } = useQuery(CampaignActivityQuery, {
    variables: { campaignId },
    fetchPolicy: 'cache-and-network',
    pollInterval: ACTIVITY_POLL_INTERVAL_MS,
    skipPollAttempt: isHidden,
  });
  useEffect(() => {
    const onVisibilityChange = () => {
      if (!isHidden()) void refetch().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => document.removeEventListener('visibilitychange', onVisibilityChange);
  }, [refetch]);
  const campaign = data?.campaign;

  return (
    <ResultsSection titleId={titleId} title={t('console.campaignResults.activity.title')}>
      <ErrorAlert error={error} sx={{ mb: 2 }} />
      {campaign ? <ActivityContent campaign={campaign} /> : loading && <PageLoader />}
    </ResultsSection>
  );
}

interface StateCount {
  key: string;
  label: string;
  count: number;
  color: string;
}

function statesOf(campaign: Campaign, t: (key: string) => string): StateCount[] {
  const { started, toShare, shared } = campaign.participationStats;
  if (campaign.type === 'PROFILES_COLLECTION') {
    return [
      { key: 'shared', label: t('console.campaignResults.activity.profileStates.shared'), count: shared, color: STATE_COLORS.shared },
      { key: 'pending', label: t('console.campaignResults.activity.profileStates.pending'), count: started + toShare, color: STATE_COLORS.toShare },
    ];
  }
  return [
    { key: 'shared', label: t('console.campaignResults.activity.states.shared'), count: shared, color: STATE_COLORS.shared },
    { key: 'toShare', label: t('console.campaignResults.activity.states.toShare'), count: toShare, color: STATE_COLORS.toShare },
    { key: 'started', label: t('console.campaignResults.activity.states.started'), count: started, color: STATE_COLORS.started },
  ];
}

function ActivityContent({ campaign }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const narrow = useMediaQuery(useTheme().breakpoints.down('sm'));
  const splitId = useId();
  const emptyId = useId();
  const { total } = campaign.participationStats;
  if (total === 0) {
    return <SectionMessage titleId={emptyId} title={t('console.campaignResults.activity.empty.title')} text={t('console.campaignResults.activity.empty.text')} />;
  }
  const states = statesOf(campaign, t);
  const numberFormat = new Intl.NumberFormat(language);
  const countText = (count: number) => t('console.campaignResults.percentOfTotal', { count: numberFormat.format(count), percent: formatRate(shareOf(count, total), language) });

  return (
    <>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('console.campaignResults.activity.live')}
      </Typography>
      <Paper variant="outlined" component="section" aria-labelledby={splitId} sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography variant="h3" id={splitId} gutterBottom>
          {t('console.campaignResults.activity.splitTitle')}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 3, alignItems: 'center' }}>
          <Box component="dl" sx={{ m: 0, flex: '1 1 280px', display: 'grid', gap: 1.5 }}>
            <Box>
              <Typography component="dt" sx={{ fontWeight: 700 }}>
                {t('console.campaignResults.activity.total')}
              </Typography>
              <Typography component="dd" sx={{ m: 0, fontSize: '2rem', fontWeight: 700, lineHeight: 1.2 }}>
                {numberFormat.format(total)}
              </Typography>
            </Box>
            {states.map((state) => (
              <Box key={state.key}>
                <Typography component="dt" sx={{ display: 'flex', alignItems: 'baseline', gap: 1 }}>
                  <Box component="span" aria-hidden="true" sx={{ flex: 'none', width: 12, height: 12, borderRadius: '2px', bgcolor: state.color }} />
                  {state.label}
                </Typography>
                <Typography component="dd" sx={{ m: 0, pl: 2.5, fontWeight: 700 }}>
                  {countText(state.count)}
                </Typography>
              </Box>
            ))}
          </Box>
          <Box sx={{ flex: '2 1 360px', minWidth: 0 }}>
            <HorizontalBarChart
              bars={states.map((state) => ({ label: state.label, value: state.count, color: state.color }))}
              formatValue={(value) => numberFormat.format(value)}
              labelWidth={250}
              // Narrow screens: the bars keep their room; the list above names them, in the same order and colours.
              hideLabels={narrow}
              bandHeight={narrow ? 48 : 60}
            />
          </Box>
        </Box>
      </Paper>
    </>
  );
}
