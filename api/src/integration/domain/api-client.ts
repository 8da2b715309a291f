import { BadUserInputError } from '../../shared/domain/errors';

/**
 * API clients of the integrators (school-record software, ENT publishers), pure: what they may read
 * (scopes) and of which schools (UAIs, or all), docs/integrators.md.
 */
export const API_SCOPES = ['certification-results:read', 'campaign-results:read', 'organization-learners:read'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** A UAI: 7 digits and a letter (domain.md §4), compared upper-cased. */
const UAI = /^[0-9]{7}[A-Z]$/;
export const CLIENT_NAME_MAX_LENGTH = 255;

export interface NewApiClientRequest {
  name: string;
  contact?: string | null;
  scopes: string[];
  /** null or absent: every school. */
  uais?: string[] | null;
}

export interface ValidNewApiClient {
  name: string;
  contact: string;
  scopes: ApiScope[];
  uais: string[] | null;
}

export const isApiScope = (value: string): value is ApiScope => (API_SCOPES as readonly string[]).includes(value);

export function normalizeUai(uai: string): string {
  return uai.trim().toUpperCase();
}

/** Checks a new client (name, at least one known scope, well-formed UAIs); each error names its field. */
export function validateNewApiClient(request: NewApiClientRequest): ValidNewApiClient {
  const name = request.name.trim();
  if (!name) throw new BadUserInputError('name', 'errors.field.required');
  if (name.length > CLIENT_NAME_MAX_LENGTH) throw new BadUserInputError('name', 'errors.field.tooLong', { max: CLIENT_NAME_MAX_LENGTH });
  const contact = (request.contact ?? '').trim();
  if (contact.length > CLIENT_NAME_MAX_LENGTH) throw new BadUserInputError('contact', 'errors.field.tooLong', { max: CLIENT_NAME_MAX_LENGTH });
  const scopes = [...new Set(request.scopes)];
  if (scopes.length === 0) throw new BadUserInputError('scopes', 'errors.apiClient.noScope');
  const unknown = scopes.find((scope) => !isApiScope(scope));
  if (unknown !== undefined) throw new BadUserInputError('scopes', 'errors.apiClient.unknownScope', { scope: unknown });
  let uais: string[] | null = null;
  if (request.uais) {
    uais = [...new Set(request.uais.map(normalizeUai))];
    const wrong = uais.find((uai) => !UAI.test(uai));
    if (wrong !== undefined) throw new BadUserInputError('uais', 'errors.apiClient.invalidUai', { uai: wrong });
    if (uais.length === 0) throw new BadUserInputError('uais', 'errors.apiClient.noUai');
  }
  return { name, contact, scopes: scopes as ApiScope[], uais };
}

export const RATE_LIMIT_MIN = 1;
export const RATE_LIMIT_MAX = 100_000;

/** A change of a client by the platform team: each field absent stays; `uais: null` opens every school. */
export interface ApiClientChanges {
  name?: string;
  contact?: string | null;
  scopes?: string[];
  uais?: string[] | null;
  rateLimitPerMinute?: number;
}

export type ValidApiClient = ValidNewApiClient & { rateLimitPerMinute: number };

/**
 * The client after the change, checked as at creation (each error names its field), and whether its
 * rights (scopes, UAIs) changed: then its outstanding tokens, which carry the old rights, must end.
 */
export function applyApiClientChanges(current: ValidApiClient, changes: ApiClientChanges): { client: ValidApiClient; rightsChanged: boolean } {
  const checked = validateNewApiClient({
    name: changes.name ?? current.name,
    contact: changes.contact === undefined ? current.contact : changes.contact,
    scopes: changes.scopes ?? current.scopes,
    uais: changes.uais === undefined ? current.uais : changes.uais,
  });
  const rate = changes.rateLimitPerMinute ?? current.rateLimitPerMinute;
  if (!Number.isInteger(rate) || rate < RATE_LIMIT_MIN || rate > RATE_LIMIT_MAX) {
    throw new BadUserInputError('rateLimitPerMinute', 'errors.apiClient.rateLimit', { min: RATE_LIMIT_MIN, max: RATE_LIMIT_MAX });
  }
  const same = (a: readonly string[] | null, b: readonly string[] | null) => (a === null || b === null ? a === b : [...a].sort().join() === [...b].sort().join());
  const rightsChanged = !same(checked.scopes, current.scopes) || !same(checked.uais, current.uais);
  return { client: { ...checked, rateLimitPerMinute: rate }, rightsChanged };
}

/**
 * The scopes a token request obtains: all of the client's when none is asked, else the asked ones
 * (space-separated, RFC 6749 §3.3), null when one of them is not the client's.
 */
export function grantedScopes(clientScopes: readonly ApiScope[], requested: string | undefined): ApiScope[] | null {
  const asked = (requested ?? '').split(' ').filter(Boolean);
  if (asked.length === 0) return [...clientScopes];
  if (!asked.every((scope) => (clientScopes as readonly string[]).includes(scope))) return null;
  return [...new Set(asked)] as ApiScope[];
}

/** What a verified client token says (claims of the JWT). */
export interface ClientPrincipal {
  clientId: string;
  scopes: ApiScope[];
  /** null: every school. */
  uais: string[] | null;
  /** The secret's version when the token was issued: a rotation ends older tokens. */
  secretVersion: number;
}

/** Why an integrator's read is refused, each with its own code. */
export type ClientRefusal = 'SCOPE_MISSING' | 'UAI_NOT_ALLOWED';

/** Whether this client may read this scope of this school (pure). */
export function clientRefusal(client: Pick<ClientPrincipal, 'scopes' | 'uais'>, scope: ApiScope, uai: string): ClientRefusal | null {
  if (!client.scopes.includes(scope)) return 'SCOPE_MISSING';
  if (client.uais !== null && !client.uais.includes(normalizeUai(uai))) return 'UAI_NOT_ALLOWED';
  return null;
}
