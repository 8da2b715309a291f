import { decodeBitstring, isBitSet } from '../domain/status-list';
import { checkProof, proofVerificationMethod } from '../infrastructure/data-integrity-proof';
import { publishedKeysOf, type PublishedKey } from '../infrastructure/credential-signing-key';

/**
 * Offline verification of a credential (the `credential:verify` command, docs/credentials.md): its
 * proof with the issuer's published key (did.json, JWKS or PEM), and, given the status list, that it
 * is not revoked. Nothing is fetched from the network.
 */
export interface VerificationInput {
  /** The credential file's text. */
  credential: string;
  /** did.json, jwks.json (or one JWK), or a PEM public key. */
  key: string;
  /** The status list credential's text, when revocation is to be checked. */
  statusList?: string;
  now: Date;
}

export type VerificationOutcome = { valid: true; lines: string[] } | { valid: false; reason: string; lines: string[] };

type Json = Record<string, any>;

function keyFor(document: Json, keys: PublishedKey[]): PublishedKey | string {
  const method = proofVerificationMethod(document);
  if (!method) return 'the document has no proof with a verificationMethod';
  const issuer = typeof document.issuer === 'string' ? document.issuer : document.issuer?.id;
  if (typeof issuer === 'string' && !method.startsWith(`${issuer}#`)) return `the proof's key (${method}) is not the issuer's (${issuer})`;
  const named = keys.find((key) => key.id === method);
  if (named) {
    if (named.controller && named.controller !== issuer) return `the key ${method} is controlled by ${named.controller}, not by the issuer ${issuer}`;
    return named;
  }
  // A bare PEM, or a JWK without kid: the one key given.
  const anonymous = keys.filter((key) => key.id === null);
  if (anonymous.length === 1) return anonymous[0];
  return `the key file has no key ${method}`;
}

function checkSigned(document: Json, keys: PublishedKey[], what: string): string | null {
  const key = keyFor(document, keys);
  if (typeof key === 'string') return `${what}: ${key}`;
  const check = checkProof(document, key.publicKey);
  return check.valid ? null : `${what}: ${check.reason}`;
}

function parse(text: string, what: string): Json {
  try {
    const value = JSON.parse(text);
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
    return value;
  } catch (error) {
    throw new Error(`${what} is not a JSON object (${(error as Error).message})`);
  }
}

export function verifyCredential(input: VerificationInput): VerificationOutcome {
  const lines: string[] = [];
  const fail = (reason: string): VerificationOutcome => ({ valid: false, reason, lines });
  let credential: Json;
  let keys: PublishedKey[];
  try {
    credential = parse(input.credential, 'the credential');
    keys = publishedKeysOf(input.key);
  } catch (error) {
    return fail((error as Error).message);
  }
  if (!keys.length) return fail('the key file holds no Ed25519 key for assertions');
  const types: unknown[] = [credential.type].flat();
  if (!types.includes('VerifiableCredential')) return fail('the document is not a VerifiableCredential');
  const signatureError = checkSigned(credential, keys, 'the credential');
  if (signatureError) return fail(signatureError);
  lines.push(`signature: eddsa-jcs-2022 by ${credential.proof.verificationMethod}`);
  if (typeof credential.validFrom === 'string' && new Date(credential.validFrom) > input.now) return fail(`the credential is valid only from ${credential.validFrom}`);
  if (typeof credential.validUntil === 'string' && new Date(credential.validUntil) < input.now) return fail(`the credential expired on ${credential.validUntil}`);
  if (input.statusList === undefined) {
    lines.push('revocation: not checked (give --status <status-list.json>)');
    return { valid: true, lines };
  }
  let list: Json;
  try {
    list = parse(input.statusList, 'the status list');
  } catch (error) {
    return fail((error as Error).message);
  }
  const status = [credential.credentialStatus].flat().find((entry: Json | undefined) => entry?.type === 'BitstringStatusListEntry' && entry.statusPurpose === 'revocation');
  if (!status) return fail('the credential has no revocation status entry (BitstringStatusListEntry)');
  if (list.id !== status.statusListCredential) return fail(`the status list given is ${String(list.id)}, the credential's is ${status.statusListCredential}`);
  const listError = checkSigned(list, keys, 'the status list');
  if (listError) return fail(listError);
  const issuerOf = (document: Json) => (typeof document.issuer === 'string' ? document.issuer : document.issuer?.id);
  if (issuerOf(list) !== issuerOf(credential)) return fail('the status list was not issued by the credential\'s issuer');
  if (list.credentialSubject?.statusPurpose !== 'revocation') return fail('the status list is not a revocation list');
  let revoked: boolean;
  try {
    const bit = Number(status.statusListIndex);
    revoked = isBitSet(decodeBitstring(list.credentialSubject.encodedList), bit);
  } catch (error) {
    return fail(`the status list cannot be read: ${(error as Error).message}`);
  }
  if (revoked) return fail(`revoked: bit ${status.statusListIndex} of ${list.id} is set (the certificate was cancelled or withdrawn)`);
  lines.push(`revocation: not revoked (bit ${status.statusListIndex} of ${list.id}, list of ${list.validFrom ?? 'unknown date'})`);
  return { valid: true, lines };
}
