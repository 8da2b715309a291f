import { createHash, sign, verify, type KeyObject } from 'node:crypto';
import canonicalize from 'canonicalize';
import { base58 } from '@scure/base';

/**
 * Embedded proofs of the W3C Data Integrity EdDSA Cryptosuites v1.0, cryptosuite `eddsa-jcs-2022`:
 * hashData = SHA-256(JCS(proof options without proofValue, with the document's @context))
 *         || SHA-256(JCS(document without proof)),
 * signed with Ed25519; proofValue = multibase base58btc (`z…`) of the 64-byte signature.
 * JCS is RFC 8785 (the `canonicalize` package).
 */
export const PROOF_TYPE = 'DataIntegrityProof';
export const CRYPTOSUITE = 'eddsa-jcs-2022';

export interface DataIntegrityProof {
  type: typeof PROOF_TYPE;
  cryptosuite: typeof CRYPTOSUITE;
  created: string;
  verificationMethod: string;
  proofPurpose: 'assertionMethod';
  proofValue: string;
  '@context'?: unknown;
}

type JsonObject = Record<string, unknown>;

function jcs(value: unknown): Buffer {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('the document cannot be canonicalised (JCS)');
  return Buffer.from(text, 'utf8');
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest();

function hashData(document: JsonObject, proofOptions: JsonObject): Buffer {
  const proofConfig = document['@context'] === undefined ? proofOptions : { ...proofOptions, '@context': document['@context'] };
  return Buffer.concat([sha256(jcs(proofConfig)), sha256(jcs(document))]);
}

/** The document with its proof (Ed25519 signatures are deterministic: same input, same proof). */
export function addProof<T extends JsonObject>(
  document: T,
  options: { privateKey: KeyObject; verificationMethod: string; created: string },
): T & { proof: DataIntegrityProof } {
  if (options.privateKey.asymmetricKeyType !== 'ed25519') throw new Error('the signing key must be an Ed25519 key');
  const { proof: _previous, ...unsecured } = document as JsonObject;
  const proofOptions = {
    type: PROOF_TYPE,
    cryptosuite: CRYPTOSUITE,
    created: options.created,
    verificationMethod: options.verificationMethod,
    proofPurpose: 'assertionMethod',
  } as const;
  const signature = sign(null, hashData(unsecured, proofOptions), options.privateKey);
  // As the specification's test vector: the proof repeats the document's @context (the hash is the same).
  const context = unsecured['@context'] === undefined ? {} : { '@context': unsecured['@context'] };
  return { ...(unsecured as T), proof: { ...proofOptions, ...context, proofValue: `z${base58.encode(signature)}` } };
}

export type ProofCheck = { valid: true; verificationMethod: string } | { valid: false; reason: string };

/** The proof's verification method, to find the key (null when the document has no usable proof). */
export function proofVerificationMethod(document: unknown): string | null {
  const proof = (document as JsonObject | null)?.proof as JsonObject | undefined;
  return typeof proof?.verificationMethod === 'string' ? proof.verificationMethod : null;
}

/** Checks the document's one embedded proof with the public key (the caller found it from verificationMethod). */
export function checkProof(document: unknown, publicKey: KeyObject): ProofCheck {
  if (!document || typeof document !== 'object' || Array.isArray(document)) return { valid: false, reason: 'not a JSON object' };
  const { proof, ...unsecured } = document as JsonObject;
  if (!proof || typeof proof !== 'object' || Array.isArray(proof)) return { valid: false, reason: 'no proof (a single embedded proof is expected)' };
  const { proofValue, ...proofOptions } = proof as JsonObject;
  if (proofOptions.type !== PROOF_TYPE) return { valid: false, reason: `proof type ${String(proofOptions.type)} instead of ${PROOF_TYPE}` };
  if (proofOptions.cryptosuite !== CRYPTOSUITE) return { valid: false, reason: `cryptosuite ${String(proofOptions.cryptosuite)} instead of ${CRYPTOSUITE}` };
  if (proofOptions.proofPurpose !== 'assertionMethod') return { valid: false, reason: 'the proof is not for assertionMethod' };
  if (typeof proofOptions.verificationMethod !== 'string') return { valid: false, reason: 'the proof names no verificationMethod' };
  if (typeof proofValue !== 'string' || !proofValue.startsWith('z')) return { valid: false, reason: 'proofValue is not multibase base58btc' };
  if (proofOptions['@context'] !== undefined) {
    // The specification: the document's @context starts with the proof's, in the same order.
    const documentContext = [unsecured['@context']].flat();
    const proofContext = [proofOptions['@context']].flat();
    if (proofContext.some((value, i) => JSON.stringify(value) !== JSON.stringify(documentContext[i])))
      return { valid: false, reason: "the proof's @context does not match the document's" };
    unsecured['@context'] = proofOptions['@context'];
  }
  let signature: Uint8Array;
  try {
    signature = base58.decode(proofValue.slice(1));
  } catch {
    return { valid: false, reason: 'proofValue is not valid base58btc' };
  }
  if (signature.length !== 64) return { valid: false, reason: 'proofValue is not a 64-byte Ed25519 signature' };
  if (publicKey.asymmetricKeyType !== 'ed25519') return { valid: false, reason: 'the public key is not an Ed25519 key' };
  let data: Buffer;
  try {
    data = hashData(unsecured, proofOptions);
  } catch (error) {
    return { valid: false, reason: (error as Error).message };
  }
  if (!verify(null, data, publicKey, signature)) return { valid: false, reason: 'the signature does not match the document: it was changed or signed by another key' };
  return { valid: true, verificationMethod: proofOptions.verificationMethod };
}
