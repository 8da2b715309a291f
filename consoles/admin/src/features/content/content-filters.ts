import { useSearchParams } from 'react-router';
import type { ChallengeType, ContentChallengesFilter, ContentStatus } from '../../__generated__/graphql';
import { PAGE_SIZES } from '../../components/server-data-grid';

export const CHALLENGE_TYPES: readonly ChallengeType[] = ['QCU', 'QCM', 'QROC', 'QROCM_IND', 'QROCM_DEP'];
export const CONTENT_STATUSES: readonly ContentStatus[] = ['VALIDATED', 'ARCHIVED', 'OBSOLETE'];
export const LEVELS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

/** The filters of "Contenu", as kept in the address (a link or "Retour" finds the same list). */
export interface ContentListState {
  search: string;
  type: string;
  level: string;
  status: string;
  hasFile: string;
  timed: string;
  hasEnglish: string;
  competenceId: string;
  tubeId: string;
  skillId: string;
  page: number;
  pageSize: number;
}

const KEYS = ['search', 'type', 'level', 'status', 'hasFile', 'timed', 'hasEnglish', 'competenceId', 'tubeId', 'skillId'] as const;
export type FilterKey = (typeof KEYS)[number];

const yesNo = (value: string) => (value === 'yes' ? true : value === 'no' ? false : null);

/** The API's filter from the address's. */
export function toApiFilter(state: ContentListState): ContentChallengesFilter {
  return {
    search: state.search || null,
    types: (CHALLENGE_TYPES as readonly string[]).includes(state.type) ? [state.type as ChallengeType] : null,
    level: state.level ? Number(state.level) : null,
    status: (CONTENT_STATUSES as readonly string[]).includes(state.status) ? (state.status as ContentStatus) : null,
    hasFile: yesNo(state.hasFile),
    timed: yesNo(state.timed),
    hasEnglish: yesNo(state.hasEnglish),
    competenceId: state.competenceId || null,
    tubeId: state.tubeId || null,
    skillId: state.skillId || null,
  };
}

export function useContentListState() {
  const [params, setParams] = useSearchParams();
  const size = Number(params.get('size')) || PAGE_SIZES[0];
  const state: ContentListState = {
    ...(Object.fromEntries(KEYS.map((key) => [key, params.get(key) ?? ''])) as Record<FilterKey, string>),
    page: Math.max(0, Number(params.get('page') ?? 0) || 0),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : PAGE_SIZES[0],
  };
  const set = (next: Partial<ContentListState>) => {
    const merged = { ...state, ...next };
    const query: Record<string, string> = {};
    for (const key of KEYS) if (merged[key]) query[key] = merged[key];
    if (merged.page) query.page = String(merged.page);
    if (merged.pageSize !== PAGE_SIZES[0]) query.size = String(merged.pageSize);
    setParams(query);
  };
  return { state, set };
}
