import type { IamDependencies, Session } from '../../identity-access-management';
import { DomainError, ErrorCode } from '../../shared/domain/errors';
import type { ThrottleSettings } from '../../shared/domain/throttle-policy';
import type { Locale } from '../../shared/i18n/translate';
import { campaignCodeOfRelayState, GarAssertionRefusedError } from '../domain/gar-assertion';
import type { GarIdpSessions } from '../infrastructure/gar-idp-session-cookie';
import type { GarPendingTokens } from '../infrastructure/gar-pending-token';
import type { GarServiceProvider } from '../infrastructure/gar-service-provider';
import type { IntegrationRepositories } from './dependencies';

/** The GAR's single sign-on, when configured (GAR_IDP_METADATA). */
export interface GarDependencies {
  serviceProvider: GarServiceProvider;
  pendingTokens: GarPendingTokens;
  idpSessions: GarIdpSessions;
  iam: IamDependencies;
  throttle: ThrottleSettings;
}

/** What the GAR's sign-in needs: the used assertions, the accounts (identity-access-management), the pupils (campaign-participation). */
export type GarRepositories = Pick<IntegrationRepositories, 'usedAssertions' | 'accounts' | 'garPupils'>;

export type GarSignIn =
  /** A known pupil: logged in. */
  | { kind: 'session'; session: Session; campaignCode: string | null; idpSession: string | null }
  /** A newcomer: the first-time page asks a campaign code (unless given) and the birth date. */
  | { kind: 'first-time'; pendingToken: string; campaignCode: string | null; idpSession: string | null };

/**
 * The assertion consumer service: a checked assertion (GarServiceProvider) used once (its id stored
 * until it expires), then the account of its IDO logged in, or a newcomer sent to the first-time page.
 * Nothing is created here.
 */
export async function signInWithGar(repositories: GarRepositories, deps: GarDependencies, samlResponse: string, relayState: unknown): Promise<GarSignIn> {
  const now = deps.iam.clock.now();
  const assertion = await deps.serviceProvider.readAssertion(samlResponse, now);
  if (!(await repositories.usedAssertions.useOnce(assertion.assertionId, assertion.expiresAt, now))) {
    throw new GarAssertionRefusedError('REPLAYED', `assertion ${assertion.assertionId} already used`);
  }
  const campaignCode = campaignCodeOfRelayState(relayState);
  const userId = await repositories.accounts.ofGarIdentity(assertion.ido, now);
  const user = userId !== null ? await repositories.accounts.forSession(userId) : null;
  // The GAR's session, for its single log-out (a signed cookie on /saml: GarIdpSessions).
  const idpSession = assertion.idpSession ? deps.idpSessions.issue(assertion.idpSession, now) : null;
  if (user) return { kind: 'session', session: await repositories.accounts.issueSession(deps.iam, user), campaignCode, idpSession };
  return { kind: 'first-time', pendingToken: deps.pendingTokens.issue(assertion, now), campaignCode, idpSession };
}

export interface GarFirstSignInRequest {
  garToken: string;
  campaignCode: string;
  birthdate: string;
  address: string;
  locale: Locale;
}

class GarTokenInvalidError extends DomainError {
  constructor() {
    super(ErrorCode.INVALID_TOKEN, 'errors.integration.garTokenInvalid');
  }
}

/**
 * The first-time page: the GAR identity (signed token) found among the campaign's school's pupils.
 * The token serves once (a school computer's history must not log the next pupil in): it is taken
 * before the reconciliation, and given back when the reconciliation refuses (the pupil may try again).
 */
export async function completeGarFirstSignIn(repositories: GarRepositories, deps: GarDependencies | null, request: GarFirstSignInRequest) {
  const now = deps?.iam.clock.now() ?? new Date();
  const token = deps?.pendingTokens.verify(request.garToken, now);
  if (!deps || !token) throw new GarTokenInvalidError();
  const used = repositories.usedAssertions;
  const tokenKey = `gar-first-sign-in:${token.tokenId}`;
  if (!(await used.useOnce(tokenKey, token.expiresAt, now))) throw new GarTokenInvalidError();
  try {
    return await repositories.garPupils.reconcile({ iam: deps.iam, throttle: deps.throttle }, { ido: token.ido, firstName: token.firstName, lastName: token.lastName, campaignCode: request.campaignCode, birthdate: request.birthdate, address: request.address, locale: request.locale });
  } catch (error) {
    await used.release(tokenKey);
    throw error;
  }
}
