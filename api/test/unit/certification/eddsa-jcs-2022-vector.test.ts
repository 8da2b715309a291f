import { createPrivateKey } from 'node:crypto';
import { base58 } from '@scure/base';
import { addProof, checkProof } from '../../../src/certification/results/infrastructure/data-integrity-proof';
import { publicKeyFromMultibase } from '../../../src/certification/results/infrastructure/credential-signing-key';

/**
 * Interoperability: the test vector of the W3C specification (Data Integrity EdDSA Cryptosuites v1.0,
 * repository w3c/vc-di-eddsa, TestVectors/keyPair.json and TestVectors/eddsa-jcs-2022/signedJCS.json),
 * data only. Our proof verifies theirs and, Ed25519 being deterministic, signs to the same proofValue.
 */
const PUBLIC_KEY_MULTIBASE = 'z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2';
const PRIVATE_KEY_MULTIBASE = 'z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq';
const CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'];
const unsigned = {
  '@context': CONTEXT,
  id: 'urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33',
  type: ['VerifiableCredential', 'AlumniCredential'],
  name: 'Alumni Credential',
  description: 'A minimum viable example of an Alumni Credential.',
  issuer: 'https://vc.example/issuers/5678',
  validFrom: '2023-01-01T00:00:00Z',
  credentialSubject: { id: 'did:example:abcdefgh', alumniOf: 'The School of Examples' },
};
const VERIFICATION_METHOD = `https://vc.example/issuers/5678#${PUBLIC_KEY_MULTIBASE}`;
const PROOF_VALUE = 'z63t83Y53KfzJ5ZosfKTnqfMcKB2dmTrfjSaQjeNNjAD5srBowQfmWqeRb8rRjmeEuCBEsddF9LsVogtuTsijJKh4';
const signed = {
  ...unsigned,
  proof: {
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-jcs-2022',
    created: '2023-02-24T23:36:38Z',
    verificationMethod: VERIFICATION_METHOD,
    proofPurpose: 'assertionMethod',
    '@context': CONTEXT,
    proofValue: PROOF_VALUE,
  },
};

describe('eddsa-jcs-2022, against the specification’s test vector', () => {
  const publicKey = publicKeyFromMultibase(PUBLIC_KEY_MULTIBASE);

  it('verifies the specification’s signed credential, and refuses it changed', () => {
    expect(checkProof(signed, publicKey)).toEqual({ valid: true, verificationMethod: VERIFICATION_METHOD });
    expect(checkProof({ ...signed, name: 'Alumni Credentiel' }, publicKey).valid).toBe(false);
    expect(checkProof({ ...signed, proof: { ...signed.proof, '@context': ['https://example.org/other'] } }, publicKey).valid).toBe(false);
  });

  it('signs it to the same proof, byte for byte', () => {
    const seed = base58.decode(PRIVATE_KEY_MULTIBASE.slice(1));
    // Multicodec ed25519-priv (0x1300, varint 0x80 0x26) then the 32-byte seed.
    expect([seed[0], seed[1], seed.length]).toEqual([0x80, 0x26, 34]);
    const x = publicKey.export({ format: 'jwk' }).x;
    const privateKey = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', x, d: Buffer.from(seed.subarray(2)).toString('base64url') }, format: 'jwk' });
    const ours = addProof(unsigned, { privateKey, verificationMethod: VERIFICATION_METHOD, created: '2023-02-24T23:36:38Z' });
    expect(ours).toEqual(signed);
    expect(JSON.stringify(ours.proof)).toBe(JSON.stringify(signed.proof));
  });
});
