import { SAML, ValidateInResponseTo } from '@node-saml/node-saml';
import { DOMParser } from '@xmldom/xmldom';
import { garIdentityOf, GarAssertionRefusedError, type GarAssertion, type GarIdpSession } from '../domain/gar-assertion';

const MD = 'urn:oasis:names:tc:SAML:2.0:metadata';
const DS = 'http://www.w3.org/2000/09/xmldsig#';
const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';

/** The identity provider as its metadata describes it. */
export interface IdpMetadata {
  entityId: string;
  ssoUrl: string;
  /** Its single log-out, when it advertises one. */
  sloUrl: string | null;
  /** Its signing certificates (base64 DER bodies). */
  certificates: string[];
}

/** Reads the GAR's metadata (GAR_IDP_METADATA): entity id, SSO and SLO endpoints, signing certificates. */
export function parseIdpMetadata(xml: string): IdpMetadata {
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  const descriptor = document.getElementsByTagNameNS(MD, 'EntityDescriptor')[0];
  const idp = document.getElementsByTagNameNS(MD, 'IDPSSODescriptor')[0];
  if (!descriptor || !idp) throw new Error('GAR_IDP_METADATA: no EntityDescriptor with an IDPSSODescriptor');
  const endpoint = (tag: string) => {
    const all = Array.from(idp.getElementsByTagNameNS(MD, tag));
    const chosen = all.find((e) => e.getAttribute('Binding') === REDIRECT) ?? all[0];
    return chosen?.getAttribute('Location') ?? null;
  };
  const certificates = Array.from(idp.getElementsByTagNameNS(MD, 'KeyDescriptor'))
    .filter((key) => (key.getAttribute('use') ?? 'signing') === 'signing')
    .flatMap((key) => Array.from(key.getElementsByTagNameNS(DS, 'X509Certificate')).map((cert) => (cert.textContent ?? '').replace(/\s+/g, '')))
    .filter(Boolean);
  const ssoUrl = endpoint('SingleSignOnService');
  if (!ssoUrl) throw new Error('GAR_IDP_METADATA: no SingleSignOnService');
  if (certificates.length === 0) throw new Error('GAR_IDP_METADATA: no signing certificate');
  return { entityId: descriptor.getAttribute('entityID') ?? '', ssoUrl, sloUrl: endpoint('SingleLogoutService'), certificates };
}

const pem = (body: string) => `-----BEGIN CERTIFICATE-----\n${body.match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----`;

export interface GarSettings {
  idpMetadata: string;
  spEntityId: string;
  acsUrl: string;
  /** Where the GAR answers our single log-out requests (GET /saml/slo, HTTP-Redirect). */
  sloCallbackUrl: string;
  clockSkewSeconds: number;
}

type ParsedAssertion = { Assertion?: { $?: { ID?: string }; Conditions?: { $?: { NotOnOrAfter?: string } }[]; Subject?: { SubjectConfirmation?: { SubjectConfirmationData?: { $?: { Recipient?: string } }[] }[] }[] } };

/**
 * The platform as a SAML 2.0 service provider of the GAR, on @node-saml/node-saml: signed assertions
 * required (by one of the metadata's certificates), issuer, audience (our entity id), time window
 * (with the clock skew allowed) checked by the library; the recipient (our ACS) checked here; the
 * replay by the caller (the assertion id stored until it expires).
 */
export class GarServiceProvider {
  readonly idp: IdpMetadata;
  private readonly saml: SAML;

  constructor(private readonly settings: GarSettings) {
    this.idp = parseIdpMetadata(settings.idpMetadata);
    this.saml = new SAML({
      callbackUrl: settings.acsUrl,
      entryPoint: this.idp.ssoUrl,
      logoutUrl: this.idp.sloUrl ?? undefined,
      logoutCallbackUrl: settings.sloCallbackUrl,
      issuer: settings.spEntityId,
      audience: settings.spEntityId,
      idpIssuer: this.idp.entityId || undefined,
      idpCert: this.idp.certificates.map(pem),
      wantAssertionsSigned: true,
      wantAuthnResponseSigned: false,
      acceptedClockSkewMs: settings.clockSkewSeconds * 1000,
      // The GAR also starts sign-ins itself (from the ENT): no request to answer then; replay is ours.
      validateInResponseTo: ValidateInResponseTo.never,
      identifierFormat: null,
      disableRequestedAuthnContext: true,
    });
  }

  /** Our metadata; the library names HTTP-POST for the SingleLogoutService, ours answers HTTP-Redirect (GET /saml/slo). */
  metadataXml(): string {
    return this.saml
      .generateServiceProviderMetadata(null, null)
      .replace(/<SingleLogoutService Binding="urn:oasis:names:tc:SAML:2\.0:bindings:HTTP-POST"/, `<SingleLogoutService Binding="${REDIRECT}"`);
  }

  /** Where to send the browser to sign in, the campaign code riding in RelayState. */
  loginUrl(relayState: string): Promise<string> {
    return this.saml.getAuthorizeUrlAsync(relayState, undefined, {});
  }

  async readAssertion(samlResponse: string, now: Date): Promise<GarAssertion> {
    let profile;
    try {
      ({ profile } = await this.saml.validatePostResponseAsync({ SAMLResponse: samlResponse }));
    } catch (error) {
      throw new GarAssertionRefusedError('INVALID', (error as Error).message);
    }
    if (!profile) throw new GarAssertionRefusedError('INVALID', 'no assertion');
    const parsed = profile.getAssertion?.() as ParsedAssertion | undefined;
    const assertion = parsed?.Assertion;
    const recipients = (assertion?.Subject?.[0]?.SubjectConfirmation ?? []).map((c) => c.SubjectConfirmationData?.[0]?.$?.Recipient);
    if (!recipients.includes(this.settings.acsUrl)) throw new GarAssertionRefusedError('RECIPIENT', `recipient ${recipients.join(', ')}`);
    const assertionId = assertion?.$?.ID;
    if (!assertionId) throw new GarAssertionRefusedError('INVALID', 'assertion without ID');
    const identity = garIdentityOf((profile.attributes ?? {}) as Record<string, unknown>);
    if (!identity) throw new GarAssertionRefusedError('NO_IDO', 'no IDO attribute');
    const notOnOrAfter = assertion?.Conditions?.[0]?.$?.NotOnOrAfter;
    const expiresAt = new Date(Math.max(notOnOrAfter ? Date.parse(notOnOrAfter) : now.getTime() + 3600_000, now.getTime()) + this.settings.clockSkewSeconds * 1000);
    const idpSession: GarIdpSession | null = profile.nameID
      ? { nameId: profile.nameID, nameIdFormat: profile.nameIDFormat, sessionIndex: typeof profile.sessionIndex === 'string' ? profile.sessionIndex : null }
      : null;
    return { assertionId: assertionId.slice(0, 255), expiresAt, idpSession, ...identity };
  }

  /** The GAR's single log-out for this session: its SingleLogoutService with a LogoutRequest naming it (HTTP-Redirect). */
  logoutUrl(session: GarIdpSession): Promise<string> {
    return this.saml.getLogoutUrlAsync(
      { issuer: this.idp.entityId, nameID: session.nameId, nameIDFormat: session.nameIdFormat, ...(session.sessionIndex ? { sessionIndex: session.sessionIndex } : {}) },
      '',
      {},
    );
  }

  /**
   * The GAR's answer to our log-out request (GET /saml/slo): a LogoutResponse, signed on the query
   * (HTTP-Redirect binding) by a certificate of its metadata, from its entity id, with a success
   * status. Anything else (unsigned, another key, a LogoutRequest, a failure) is refused.
   */
  async readLogoutResponse(query: Record<string, unknown>, originalQuery: string): Promise<boolean> {
    if (typeof query.SAMLResponse !== 'string' || typeof query.Signature !== 'string' || typeof query.SigAlg !== 'string') return false;
    try {
      const { loggedOut } = await this.saml.validateRedirectAsync(query as Record<string, string>, originalQuery);
      return loggedOut;
    } catch {
      return false;
    }
  }
}
