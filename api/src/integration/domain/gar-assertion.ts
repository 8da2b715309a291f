import { DomainError, ErrorCode } from '../../shared/domain/errors';

/**
 * What the GAR asserts of a pupil (SAML attributes IDO, PRE, NOM; domain.md §7), once its assertion
 * was checked (signature, audience, recipient, time window), pure.
 */
/** The GAR's own session of the pupil, as its assertion names it: what a single log-out request names back. */
export interface GarIdpSession {
  nameId: string;
  nameIdFormat: string;
  sessionIndex: string | null;
}

/** The cookie that keeps the GAR's session of a browser (signed: infrastructure/gar-idp-session-cookie.ts). */
export const GAR_IDP_SESSION_COOKIE = 'gar_idp_session';

export interface GarAssertion {
  /** The GAR's session (its NameID), null when the assertion names none. */
  idpSession?: GarIdpSession | null;
  /** The assertion's id, kept until it expires so that it serves once. */
  assertionId: string;
  expiresAt: Date;
  /** The pupil's stable opaque id. */
  ido: string;
  firstName: string;
  lastName: string;
}

/** Why an assertion is refused (logged; the pupil sees one message). */
export type GarRefusal = 'INVALID' | 'RECIPIENT' | 'NO_IDO' | 'REPLAYED';

export class GarAssertionRefusedError extends DomainError {
  constructor(readonly refusal: GarRefusal, readonly detail: string) {
    super(ErrorCode.INVALID_TOKEN, 'errors.integration.garAssertionRefused', {}, { refusal });
  }
}

/** The first value of an attribute, trimmed ('' when absent). */
export function attributeValue(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim() : '';
}

/** The pupil's attributes, or the refusal when IDO is missing (names may be empty: they are typed again then). */
export function garIdentityOf(attributes: Record<string, unknown>): { ido: string; firstName: string; lastName: string } | null {
  const ido = attributeValue(attributes.IDO);
  if (!ido || ido.length > 255) return null;
  return { ido, firstName: attributeValue(attributes.PRE), lastName: attributeValue(attributes.NOM) };
}

/** A campaign code carried in RelayState (trimmed, upper-cased), or null when it is not one. */
export function campaignCodeOfRelayState(relayState: unknown): string | null {
  if (typeof relayState !== 'string') return null;
  const code = relayState.trim().toUpperCase();
  return /^[A-Z]{6}[0-9]{3}$/.test(code) ? code : null;
}
