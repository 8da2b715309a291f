import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { base58 } from '@scure/base';

/**
 * The platform's Ed25519 key that signs the credentials (config: CREDENTIAL_SIGNING_KEY) and the ways
 * its public part is published: a did:web document (`Multikey`, publicKeyMultibase `z6Mk…`) and a JWKS.
 * The verification method's id is `<did>#<publicKeyMultibase>`, so that a new key never takes an old
 * key's name.
 */
export interface CredentialSigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  did: string;
  /** `<did>#z6Mk…` */
  verificationMethod: string;
  publicKeyMultibase: string;
  /** Former keys, still published (CREDENTIAL_PREVIOUS_PUBLIC_KEYS) so that what they signed keeps verifying. */
  previous: { verificationMethod: string; publicKeyMultibase: string; publicKey: KeyObject }[];
}

/** The multicodec prefix of an Ed25519 public key (0xed, varint-encoded). */
const ED25519_PUB_PREFIX = Uint8Array.of(0xed, 0x01);

/**
 * did:web of a public URL: the host (a port's `:` written `%3A`), then each path segment after `:`.
 * `http://localhost:4000` → `did:web:localhost%3A4000`; `https://pix.example.fr/api` → `did:web:pix.example.fr:api`.
 */
export function didWebOf(publicUrl: string): string {
  const url = new URL(publicUrl);
  const segments = url.pathname.split('/').filter(Boolean).map(encodeURIComponent);
  return ['did:web', encodeURIComponent(url.host), ...segments].join(':');
}

/** Where a did:web document is published, relative to the public URL: at the root, /.well-known/did.json. */
export const DID_DOCUMENT_PATH = '/.well-known/did.json';
export const JWKS_PATH = '/.well-known/jwks.json';

function rawPublicKey(publicKey: KeyObject): Buffer {
  const jwk = publicKey.export({ format: 'jwk' });
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !jwk.x) throw new Error('not an Ed25519 public key');
  return Buffer.from(jwk.x, 'base64url');
}

export function multibaseOf(publicKey: KeyObject): string {
  return `z${base58.encode(Buffer.concat([ED25519_PUB_PREFIX, rawPublicKey(publicKey)]))}`;
}

export function publicKeyFromMultibase(multibase: string): KeyObject {
  if (!multibase.startsWith('z')) throw new Error('publicKeyMultibase is not base58btc (prefix "z")');
  const bytes = base58.decode(multibase.slice(1));
  if (bytes.length !== 34 || bytes[0] !== 0xed || bytes[1] !== 0x01) throw new Error('publicKeyMultibase is not an Ed25519 public key');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(bytes.subarray(2)).toString('base64url') }, format: 'jwk' });
}

/** The configured key (PKCS#8 PEM or private JWK): refuses anything but Ed25519. */
export function loadCredentialSigningKey(text: string, publicUrl: string, previousKeys: readonly string[] = []): CredentialSigningKey {
  const trimmed = text.trim();
  let privateKey: KeyObject;
  try {
    privateKey = trimmed.startsWith('{') ? createPrivateKey({ key: JSON.parse(trimmed), format: 'jwk' }) : createPrivateKey(trimmed);
  } catch (error) {
    throw new Error(`CREDENTIAL_SIGNING_KEY is not a readable private key (PKCS#8 PEM or JWK): ${(error as Error).message}`);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`CREDENTIAL_SIGNING_KEY must be an Ed25519 key, not ${privateKey.asymmetricKeyType}`);
  const publicKey = createPublicKey(privateKey);
  const did = didWebOf(publicUrl);
  const publicKeyMultibase = multibaseOf(publicKey);
  const previous = previousKeys
    .filter((multibase) => multibase !== publicKeyMultibase)
    .map((multibase) => {
      try {
        return { verificationMethod: `${did}#${multibase}`, publicKeyMultibase: multibase, publicKey: publicKeyFromMultibase(multibase) };
      } catch (error) {
        throw new Error(`CREDENTIAL_PREVIOUS_PUBLIC_KEYS: ${multibase} is not an Ed25519 publicKeyMultibase (${(error as Error).message})`);
      }
    });
  return { privateKey, publicKey, did, verificationMethod: `${did}#${publicKeyMultibase}`, publicKeyMultibase, previous };
}

/** The current key first, then the former ones. */
const publishedOf = (key: CredentialSigningKey) => [
  { verificationMethod: key.verificationMethod, publicKeyMultibase: key.publicKeyMultibase, publicKey: key.publicKey },
  ...key.previous,
];

export function didDocument(key: CredentialSigningKey) {
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: key.did,
    verificationMethod: publishedOf(key).map((published) => ({
      id: published.verificationMethod,
      type: 'Multikey',
      controller: key.did,
      publicKeyMultibase: published.publicKeyMultibase,
    })),
    assertionMethod: publishedOf(key).map((published) => published.verificationMethod),
  };
}

export function jwks(key: CredentialSigningKey) {
  return {
    keys: publishedOf(key).map((published) => {
      const { kty, crv, x } = published.publicKey.export({ format: 'jwk' });
      return { kty, crv, x, kid: published.verificationMethod, use: 'sig', alg: 'EdDSA' };
    }),
  };
}

export interface PublishedKey {
  /** The verification method's id when the file names it (did.json, JWKS with kid); null for a bare PEM. */
  id: string | null;
  publicKey: KeyObject;
  /** The DID that controls it, when the file says (did.json). */
  controller: string | null;
}

/**
 * The public keys of a file given to the verification command: a did:web document, a JWKS (or one
 * JWK), or a PEM public key.
 */
export function publishedKeysOf(text: string): PublishedKey[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('-----BEGIN')) return [{ id: null, publicKey: createPublicKey(trimmed), controller: null }];
  const json = JSON.parse(trimmed) as Record<string, any>;
  if (Array.isArray(json.verificationMethod)) {
    const assertion = new Set<string>((json.assertionMethod ?? []).map((m: unknown) => (typeof m === 'string' ? m : (m as { id: string }).id)));
    return json.verificationMethod
      .filter((method: Record<string, any>) => assertion.has(method.id))
      .map((method: Record<string, any>) => ({
        id: String(method.id),
        controller: typeof method.controller === 'string' ? method.controller : String(json.id),
        publicKey: method.publicKeyMultibase ? publicKeyFromMultibase(method.publicKeyMultibase) : createPublicKey({ key: method.publicKeyJwk, format: 'jwk' }),
      }));
  }
  const keys: Record<string, any>[] = Array.isArray(json.keys) ? json.keys : [json];
  return keys
    .filter((jwk) => jwk.kty === 'OKP' && jwk.crv === 'Ed25519')
    .map((jwk) => ({ id: typeof jwk.kid === 'string' ? jwk.kid : null, controller: null, publicKey: createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' }) }));
}
