import type {
  CampaignAnalysisQuery,
  CampaignCollectiveResultsQuery,
  CampaignParticipationFilter,
  CampaignParticipationRowFragment,
  CampaignParticipationStatus,
  CampaignType,
} from '../../__generated__/graphql';

export type ParticipationRow = CampaignParticipationRowFragment;
export type CollectiveResults = NonNullable<CampaignCollectiveResultsQuery['campaign']['collectiveResults']>;
export type CompetenceCollectiveResult = CollectiveResults['competences'][number];
export type TubeRecommendation = NonNullable<CampaignAnalysisQuery['campaign']['analysis']>['tubes'][number];
export type Tutorial = TubeRecommendation['tutorials'][number];

/** "Activité" is polled this often while the page is visible. */
export const ACTIVITY_POLL_INTERVAL_MS = 10_000;

/** The values of the status filter and the statuses each one asks for ("PENDING": a profile not sent yet). */
export const STATUS_FILTER_STATUSES: Record<string, CampaignParticipationStatus[]> = {
  STARTED: ['STARTED'],
  TO_SHARE: ['TO_SHARE'],
  SHARED: ['SHARED'],
  PENDING: ['STARTED', 'TO_SHARE'],
};

/** The status filter's options: a profiles collection only knows "sent" or "not sent yet". */
export const STATUS_FILTERS: Record<CampaignType, string[]> = {
  ASSESSMENT: ['STARTED', 'TO_SHARE', 'SHARED'],
  PROFILES_COLLECTION: ['PENDING', 'SHARED'],
};

/** The i18n key (under `console.campaignResults.status.`) of a participation's status. */
export function statusKey(type: CampaignType, status: CampaignParticipationStatus): string {
  if (type === 'PROFILES_COLLECTION') return status === 'SHARED' ? 'SHARED' : 'PENDING';
  return status;
}

/** The grid's server-side query: one page, the classes, the status, the search. */
export interface ParticipantsQueryState {
  page: number;
  pageSize: number;
  divisions: string[];
  /** A value of STATUS_FILTERS, or '' for every status. */
  status: string;
  search: string;
}

export const PAGE_SIZES = [10, 25, 50, 100] as const;

export const INITIAL_PARTICIPANTS_QUERY: ParticipantsQueryState = { page: 0, pageSize: 50, divisions: [], status: '', search: '' };

/** The variables of CampaignParticipantsQuery (no `filter` when nothing is filtered). */
export function participantsVariables(campaignId: string, query: ParticipantsQueryState) {
  const filter: CampaignParticipationFilter = {};
  if (query.divisions.length > 0) filter.divisions = query.divisions;
  const statuses = STATUS_FILTER_STATUSES[query.status];
  if (statuses) filter.statuses = statuses;
  if (query.search) filter.search = query.search;
  return {
    campaignId,
    first: query.pageSize,
    offset: query.page * query.pageSize,
    ...(Object.keys(filter).length > 0 ? { filter } : {}),
  };
}

export const isFiltered = (query: ParticipantsQueryState) => query.divisions.length > 0 || query.status !== '' || query.search !== '';

/** 0–1 → "84 %" (fr) or "84%" (en). */
export function formatRate(rate: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/** 13.4 → "13,4" (fr): at most one decimal. */
export function formatDecimal(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}

/** An ISO date-time → JJ/MM/AAAA (fr, the way French schools write it) or "20 Nov 2026" (en), in the viewer's time zone. */
export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const options: Intl.DateTimeFormatOptions = language === 'en' ? { day: 'numeric', month: 'short', year: 'numeric' } : { day: '2-digit', month: '2-digit', year: 'numeric' };
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr-FR', options).format(date);
}

/** Share of `part` in `total`, 0 when there is nothing. */
export const shareOf = (part: number, total: number) => (total > 0 ? part / total : 0);

export const participantName = (row: Pick<ParticipationRow, 'participant'>) =>
  row.participant ? `${row.participant.firstName} ${row.participant.lastName}` : '';

/** The overall line of "Résultats collectifs": validated skills per participant over the evaluated ones. */
export function collectiveTotals(results: CollectiveResults) {
  const averageValidated = results.competences.reduce((sum, result) => sum + result.averageValidatedSkills, 0);
  const targeted = results.competences.reduce((sum, result) => sum + result.targetedSkillsCount, 0);
  return { averageValidated, targeted, masteryRate: shareOf(averageValidated, targeted) };
}
