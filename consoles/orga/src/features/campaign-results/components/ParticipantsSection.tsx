import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { skipToken, useQuery } from '@apollo/client/react';
import { ErrorAlert, PageLoader } from '@pix-libre/ui-shared';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CampaignParticipantsDivisionsQuery, CampaignParticipantsQuery } from '../campaign-results.graphql';
import { INITIAL_PARTICIPANTS_QUERY, isFiltered, participantsVariables, type ParticipantsQueryState, type ParticipationRow } from '../campaign-results-types';
import { ParticipantDetailDialog } from './ParticipantDetailDialog';
import { ParticipantsFilters } from './ParticipantsFilters';
import { ParticipantsGrid } from './ParticipantsGrid';
import { ResultsSection, SectionMessage } from './SectionParts';

export interface ParticipantsSectionProps {
  campaignId: string;
  /** For the class filter; the `:organizationId` of the route when not given. */
  organizationId?: string;
}

/**
 * "Participants": one row per participation (pages, classes, status and search on the server), with
 * the columns of the campaign's type; a row opens the participant's detail.
 */
export function ParticipantsSection({ campaignId, organizationId: givenOrganizationId }: ParticipantsSectionProps) {
  const { t } = useTranslation();
  const params = useParams();
  const organizationId = givenOrganizationId ?? params.organizationId;
  const titleId = useId();
  const listTitleId = useId();
  const emptyId = useId();
  const [query, setQuery] = useState<ParticipantsQueryState>(INITIAL_PARTICIPANTS_QUERY);
  const [selected, setSelected] = useState<ParticipationRow | null>(null);
  const [detailOpen, setDetailOpen] = useState(false);

  const divisionsQuery = useQuery(CampaignParticipantsDivisionsQuery, organizationId ? { variables: { organizationId } } : skipToken);
  const divisions = divisionsQuery.data?.organization.divisions ?? [];
  const participantsQuery = useQuery(CampaignParticipantsQuery, { variables: participantsVariables(campaignId, query), fetchPolicy: 'cache-and-network' });
  // While another page loads, the grid keeps the last one (and its row count).
  const campaign = (participantsQuery.data ?? participantsQuery.previousData)?.campaign;

  const changeQuery = (next: Partial<ParticipantsQueryState>) => setQuery((current) => ({ ...current, ...next }));
  const openDetail = useCallback((row: ParticipationRow) => {
    setSelected(row);
    setDetailOpen(true);
  }, []);

  if (!campaign) {
    return (
      <ResultsSection titleId={titleId} title={t('console.campaignResults.participants.title')}>
        <ErrorAlert error={participantsQuery.error} />
        {participantsQuery.loading && <PageLoader />}
      </ResultsSection>
    );
  }

  const { participations } = campaign;
  const rows = participations.edges.map((edge) => edge.node);
  const noParticipantAtAll = participations.totalCount === 0 && !isFiltered(query) && !participantsQuery.loading;

  return (
    <ResultsSection titleId={titleId} title={t('console.campaignResults.participants.title')}>
      <ErrorAlert error={participantsQuery.error} sx={{ mb: 2 }} />
      {noParticipantAtAll ? (
        <SectionMessage titleId={emptyId} title={t('console.campaignResults.participants.empty.title')} text={t('console.campaignResults.participants.empty.text')} />
      ) : (
        <>
          <Box sx={{ mb: 2 }}>
            <ParticipantsFilters
              type={campaign.type}
              divisions={divisions}
              query={query}
              onDivisionsChange={(value) => changeQuery({ divisions: value, page: 0 })}
              onStatusChange={(status) => changeQuery({ status, page: 0 })}
              onSearchChange={(search) => {
                if (search !== query.search) changeQuery({ search, page: 0 });
              }}
            />
          </Box>
          <Typography variant="h3" id={listTitleId} sx={{ mb: 1 }}>
            {t('console.campaignResults.participants.count', { count: participations.totalCount })}
          </Typography>
          <ParticipantsGrid
            labelledBy={listTitleId}
            type={campaign.type}
            idPixLabel={campaign.idPixLabel ?? null}
            showDivision={divisions.length > 0 || rows.some((row) => Boolean(row.participant?.division))}
            rows={rows}
            totalCount={participations.totalCount}
            loading={participantsQuery.loading}
            query={query}
            onPageChange={(page, pageSize) => changeQuery({ page, pageSize: pageSize as ParticipantsQueryState['pageSize'] })}
            onOpen={openDetail}
          />
        </>
      )}
      {selected && (
        <ParticipantDetailDialog
          open={detailOpen}
          participation={selected}
          type={campaign.type}
          idPixLabel={campaign.idPixLabel ?? null}
          onClose={() => setDetailOpen(false)}
        />
      )}
    </ResultsSection>
  );
}
