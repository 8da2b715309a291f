import type {
  AuthenticationMethod,
  GenerateUsernamesMutation,
  LearnerOrderField,
  OrderDirection,
  PupilFieldsFragment,
} from '../../__generated__/graphql';

export type Pupil = PupilFieldsFragment;
/** What generateUsernamesWithTemporaryPasswords answers: shown once, never stored. */
export type GeneratedCredentials = GenerateUsernamesMutation['generateUsernamesWithTemporaryPasswords'];
/** A username and its temporary password (also what resetLearnerPassword answers). */
export type PupilCredentials = GeneratedCredentials['credentials'][number];
/** A selected pupil whose account is the pupil's own: left untouched, with the server's message. */
export type UnmanagedPupilAccount = GeneratedCredentials['accountsNotManaged'][number];

/** What generating a username for one pupil ("Gérer le compte") gave. */
export type SingleGeneration =
  | { kind: 'generated'; credentials: PupilCredentials }
  | { kind: 'alreadyWithUsername' }
  | { kind: 'notManaged'; message: string };

/** The grid's server-side query: one page, the class filter, the search, the sort. */
export interface PupilsQueryState {
  page: number;
  pageSize: number;
  division: string;
  search: string;
  orderBy: { field: LearnerOrderField; direction: OrderDirection } | null;
}

export const PAGE_SIZES = [10, 25, 50, 100] as const;

export const INITIAL_QUERY: PupilsQueryState = { page: 0, pageSize: 50, division: '', search: '', orderBy: null };

/** The grid's sortable columns and the server's orderBy field of each. */
export const SORT_FIELDS: Record<string, LearnerOrderField> = {
  lastName: 'LAST_NAME',
  firstName: 'FIRST_NAME',
  birthdate: 'BIRTHDATE',
  division: 'DIVISION',
};

/** The variables of PupilsQuery (no filter key when it is empty, no orderBy for the server's default). */
export function pupilsVariables(organizationId: string, query: PupilsQueryState) {
  const filter: { division?: string; search?: string } = {};
  if (query.division) filter.division = query.division;
  if (query.search) filter.search = query.search;
  return {
    organizationId,
    first: query.pageSize,
    offset: query.page * query.pageSize,
    ...(Object.keys(filter).length > 0 ? { filter } : {}),
    ...(query.orderBy ? { orderBy: query.orderBy } : {}),
  };
}

/** AAAA-MM-JJ → JJ/MM/AAAA (the way French schools write it). */
export function formatBirthdate(birthdate: string | null): string {
  const match = birthdate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthdate) : null;
  return match ? `${match[3]}/${match[2]}/${match[1]}` : (birthdate ?? '');
}

/** The ways a pupil logs in, in the order shown (NONE alone when the pupil has no account). */
export function connectionMethods(pupil: Pick<Pupil, 'authenticationMethods'>): AuthenticationMethod[] {
  const order: AuthenticationMethod[] = ['USERNAME', 'EMAIL', 'GAR'];
  const methods = order.filter((method) => pupil.authenticationMethods.includes(method));
  return methods.length > 0 ? methods : ['NONE'];
}

export const pupilName = (pupil: Pick<Pupil, 'firstName' | 'lastName'>) => `${pupil.firstName} ${pupil.lastName}`;
