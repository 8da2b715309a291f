import { randomUUID, sign as rsaSign } from 'node:crypto';
import http from 'node:http';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { generate } from 'selfsigned';
import { SignedXml } from 'xml-crypto';

/**
 * A SAML 2.0 identity provider configured as the GAR's is, for the tests and the browser journey: it
 * publishes its metadata (entity id, SSO and SLO endpoints, signing certificate), answers an
 * AuthnRequest (HTTP-Redirect) with a page where a test user is chosen, and posts a signed assertion
 * (xml-crypto, RSA-SHA256, exclusive c14n) carrying IDO, PRE and NOM to the service provider's ACS.
 * It can also forge the bad answers the service provider must refuse (unsigned, another key, another
 * audience, expired, without IDO). Its single log-out (HTTP-Redirect) reads the service provider's
 * LogoutRequest, records the session it names (`loggedOut`) and answers a LogoutResponse signed on the
 * query, as the binding wants, back to the service provider's /saml/slo.
 */
export interface GarTestUser {
  ido: string;
  firstName: string;
  lastName: string;
}

export interface AssertionOptions {
  user: GarTestUser;
  /** The service provider's entity id (audience) and ACS URL (recipient, destination). */
  audience: string;
  recipient: string;
  inResponseTo?: string;
  /** When the assertion was issued (now by default); it is valid for 5 minutes from then. */
  issuedAt?: Date;
  /** 'assertion' (the GAR's way), 'none', or signed by another key than the metadata's. */
  signature?: 'assertion' | 'none' | 'other-key';
  omitIdo?: boolean;
  assertionId?: string;
}

interface KeyPair {
  privateKey: string;
  cert: string;
}

const certBody = (pem: string) => pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
const esc = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function keyPair(commonName: string): Promise<KeyPair> {
  const pems = await generate([{ name: 'commonName', value: commonName }], { keySize: 2048, algorithm: 'sha256' } as never);
  return { privateKey: pems.private, cert: pems.cert };
}

export class GarTestIdp {
  private server?: http.Server;
  url = '';
  private serviceProvider?: { entityId: string; acsUrl: string };
  /** The sessions the service provider asked to end (NameID and SessionIndex of its LogoutRequests). */
  readonly loggedOut: { nameId: string; sessionIndex: string | null; issuer: string }[] = [];
  /** The NameID of the last assertion issued (a transient id, as the GAR's). */
  lastNameId = '';

  private constructor(private readonly key: KeyPair, private readonly otherKey: KeyPair, readonly users: GarTestUser[]) {}

  static async start(users: GarTestUser[]): Promise<GarTestIdp> {
    const idp = new GarTestIdp(await keyPair('idp-gar-test'), await keyPair('autre-cle'), users);
    await idp.listen();
    return idp;
  }

  get entityId() {
    return `${this.url}/idp`;
  }

  /** The service provider it answers (a real IdP knows its SPs from their metadata). */
  trust(serviceProvider: { entityId: string; acsUrl: string }) {
    this.serviceProvider = serviceProvider;
  }

  metadata(): string {
    return `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${this.entityId}">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certBody(this.key.cert)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${this.url}/slo"/>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${this.url}/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;
  }

  /** A base64 SAMLResponse, as the GAR posts it. */
  response(options: AssertionOptions): string {
    const issued = options.issuedAt ?? new Date();
    const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const notBefore = iso(new Date(issued.getTime() - 30_000));
    const notOnOrAfter = iso(new Date(issued.getTime() + 5 * 60_000));
    const assertionId = options.assertionId ?? `_a${randomUUID().replace(/-/g, '')}`;
    this.lastNameId = randomUUID();
    const inResponseTo = options.inResponseTo ? ` InResponseTo="${esc(options.inResponseTo)}"` : '';
    const attribute = (name: string, value: string) =>
      `<saml:Attribute Name="${name}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic"><saml:AttributeValue xsi:type="xs:string">${esc(value)}</saml:AttributeValue></saml:Attribute>`;
    const attributes = [options.omitIdo ? '' : attribute('IDO', options.user.ido), attribute('PRE', options.user.firstName), attribute('NOM', options.user.lastName)].join('');
    const assertion = `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ID="${assertionId}" Version="2.0" IssueInstant="${iso(issued)}"><saml:Issuer>${this.entityId}</saml:Issuer><saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">${this.lastNameId}</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${notOnOrAfter}" Recipient="${esc(options.recipient)}"${inResponseTo}/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore="${notBefore}" NotOnOrAfter="${notOnOrAfter}"><saml:AudienceRestriction><saml:Audience>${esc(options.audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions><saml:AuthnStatement AuthnInstant="${iso(issued)}" SessionIndex="${assertionId}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement><saml:AttributeStatement>${attributes}</saml:AttributeStatement></saml:Assertion>`;
    const response = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r${randomUUID().replace(/-/g, '')}" Version="2.0" IssueInstant="${iso(issued)}" Destination="${esc(options.recipient)}"${inResponseTo}><saml:Issuer>${this.entityId}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>${assertion}</samlp:Response>`;
    const signature = options.signature ?? 'assertion';
    const xml = signature === 'none' ? response : this.sign(response, signature === 'other-key' ? this.otherKey : this.key);
    return Buffer.from(xml, 'utf8').toString('base64');
  }

  private sign(xml: string, key: KeyPair): string {
    const signer = new SignedXml({
      privateKey: key.privateKey,
      publicCert: key.cert,
      signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
      canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
    });
    signer.addReference({
      xpath: "//*[local-name(.)='Assertion']",
      transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', 'http://www.w3.org/2001/10/xml-exc-c14n#'],
      digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
    });
    signer.computeSignature(xml, { location: { reference: "//*[local-name(.)='Assertion']/*[local-name(.)='Issuer']", action: 'after' } });
    return signer.getSignedXml();
  }

  /** Where the service provider reads our log-out answers. */
  private get spSloUrl() {
    return this.serviceProvider!.acsUrl.replace(/\/acs$/, '/slo');
  }

  /** A LogoutResponse (success unless said) in the HTTP-Redirect binding, signed on the query by `signer` (the metadata's key by default, 'none': unsigned). */
  logoutResponseUrl(inResponseTo: string, relayState = '', { signer = 'metadata', status = 'Success' }: { signer?: 'metadata' | 'other-key' | 'none'; status?: string } = {}): string {
    const iso = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const xml = `<samlp:LogoutResponse xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_l${randomUUID().replace(/-/g, '')}" Version="2.0" IssueInstant="${iso}" Destination="${esc(this.spSloUrl)}" InResponseTo="${esc(inResponseTo)}"><saml:Issuer>${this.entityId}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:${status}"/></samlp:Status></samlp:LogoutResponse>`;
    let query = `SAMLResponse=${encodeURIComponent(deflateRawSync(Buffer.from(xml, 'utf8')).toString('base64'))}`;
    if (relayState) query += `&RelayState=${encodeURIComponent(relayState)}`;
    if (signer !== 'none') {
      query += `&SigAlg=${encodeURIComponent('http://www.w3.org/2001/04/xmldsig-more#rsa-sha256')}`;
      const signature = rsaSign('RSA-SHA256', Buffer.from(query, 'utf8'), (signer === 'other-key' ? this.otherKey : this.key).privateKey).toString('base64');
      query += `&Signature=${encodeURIComponent(signature)}`;
    }
    return `${this.spSloUrl}?${query}`;
  }

  private async listen() {
    this.server = http.createServer((req, res) => this.handle(req, res).catch((error) => res.writeHead(500).end(String(error))));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  }

  private page(title: string, body: string) {
    return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><main><h1>${esc(title)}</h1>${body}</main></body></html>`;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', this.url);
    if (url.pathname === '/metadata') {
      res.writeHead(200, { 'content-type': 'application/samlmetadata+xml' }).end(this.metadata());
      return;
    }
    if (url.pathname === '/slo' && url.searchParams.get('SAMLRequest') && this.serviceProvider) {
      const request = inflateRawSync(Buffer.from(url.searchParams.get('SAMLRequest') ?? '', 'base64')).toString('utf8');
      const nameId = /<(?:\w+:)?NameID[^>]*>([^<]+)</.exec(request)?.[1] ?? '';
      const sessionIndex = /<(?:\w+:)?SessionIndex[^>]*>([^<]+)</.exec(request)?.[1] ?? null;
      const issuer = /<(?:\w+:)?Issuer[^>]*>([^<]+)</.exec(request)?.[1] ?? '';
      this.loggedOut.push({ nameId, sessionIndex, issuer });
      const location = this.logoutResponseUrl(/\sID="([^"]+)"/.exec(request)?.[1] ?? '', url.searchParams.get('RelayState') ?? '');
      res.writeHead(302, { location }).end();
      return;
    }
    if (url.pathname === '/slo') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(this.page('Déconnecté du GAR de test', '<p>Vous êtes déconnecté du fournisseur d’identité.</p>'));
      return;
    }
    if (url.pathname === '/sso' && req.method === 'GET') {
      const request = inflateRawSync(Buffer.from(url.searchParams.get('SAMLRequest') ?? '', 'base64')).toString('utf8');
      const requestId = /\sID="([^"]+)"/.exec(request)?.[1] ?? '';
      const relayState = url.searchParams.get('RelayState') ?? '';
      const buttons = this.users
        .map((user, index) => `<li><button type="submit" name="user" value="${index}">${esc(user.firstName)} ${esc(user.lastName)}</button></li>`)
        .join('');
      const form = `<form method="post" action="/sso"><input type="hidden" name="requestId" value="${esc(requestId)}"><input type="hidden" name="RelayState" value="${esc(relayState)}"><p>Choisissez l’élève de test :</p><ul>${buttons}</ul></form>`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(this.page('GAR de test – connexion', form));
      return;
    }
    if (url.pathname === '/sso' && req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      const form = new URLSearchParams(body);
      const user = this.users[Number(form.get('user'))];
      if (!user || !this.serviceProvider) {
        res.writeHead(400).end('unknown user or service provider');
        return;
      }
      const samlResponse = this.response({ user, audience: this.serviceProvider.entityId, recipient: this.serviceProvider.acsUrl, inResponseTo: form.get('requestId') || undefined });
      const post = `<form method="post" action="${esc(this.serviceProvider.acsUrl)}"><input type="hidden" name="SAMLResponse" value="${samlResponse}"><input type="hidden" name="RelayState" value="${esc(form.get('RelayState') ?? '')}"><button type="submit">Continuer vers la ressource</button></form><script>document.forms[0].submit()</script>`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(this.page('GAR de test – redirection', post));
      return;
    }
    res.writeHead(404).end();
  }

  async stop() {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
