import { generateKeyPairSync } from 'node:crypto';
import { loadConfig } from '../../../src/config';
import { buildOpenBadgeCredential, type CertificateForCredential, type CredentialFramework } from '../../../src/certification/results/domain/open-badge-credential';
import {
  bitstringOf,
  buildStatusListCredential,
  decodeBitstring,
  encodeBitstring,
  isBitSet,
  statusListPosition,
  STATUS_LIST_SIZE,
} from '../../../src/certification/results/domain/status-list';
import { addProof, checkProof } from '../../../src/certification/results/infrastructure/data-integrity-proof';
import { didDocument, didWebOf, jwks, loadCredentialSigningKey, publicKeyFromMultibase } from '../../../src/certification/results/infrastructure/credential-signing-key';
import { verifyCredential } from '../../../src/certification/results';

const pem = () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const PUBLIC_URL = 'https://pix-libre.example.fr';
const key = loadCredentialSigningKey(pem(), PUBLIC_URL);
const issuer = { did: key.did, publicUrl: PUBLIC_URL, name: 'Pix libre' };
const framework: CredentialFramework = {
  competences: [
    { code: '1.1', name: 'Mener une recherche et une veille d’information' },
    { code: '1.2', name: 'Gérer des données' },
    { code: '2.1', name: 'Interagir' },
  ],
  maxLevel: 6,
  pixPerLevel: 8,
};
const certificate: CertificateForCredential = {
  courseId: 42,
  verificationCode: 'P-C3YFQ8GC',
  firstName: 'Léa',
  lastName: 'Dupont',
  birthdate: '2008-05-12',
  email: 'lea@example.net',
  takenOn: '2026-11-30',
  centreName: 'Centre Pro Formation',
  publishedAt: new Date('2026-12-03T10:00:00.123Z'),
  pixScore: 72,
  competences: [
    { code: '2.1', level: 4, pix: 32 },
    { code: '1.1', level: 3, pix: 24 },
    { code: '1.2', level: 2, pix: 16 },
  ],
  statusIndex: 131_074,
};
const unsigned = () =>
  buildOpenBadgeCredential({ certificate, issuer, framework, credentialId: 'urn:uuid:0b5c3a59-5d0e-5c1a-9a43-2b6f0e5f1d11', emailHash: { identityHash: 'sha256$abc', salt: 'sel' } });
const signed = () => addProof(unsigned(), { privateKey: key.privateKey, verificationMethod: key.verificationMethod, created: '2026-12-07T10:00:00Z' });

describe('the Open Badges 3.0 credential of a certificate', () => {
  it('is an OpenBadgeCredential of the platform, with the pix score, each level and its revocation entry', () => {
    const credential = unsigned();
    expect(credential['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.issuer).toEqual({ id: 'did:web:pix-libre.example.fr', type: ['Profile'], name: 'Pix libre', url: PUBLIC_URL });
    expect(credential.validFrom).toBe('2026-12-03T10:00:00Z');
    expect(credential.description).toBe(
      'Léa Dupont, né(e) le 12/05/2008, a obtenu 72 pix sur 144 au test de certification du 30/11/2026 (Centre Pro Formation). Code de vérification : P-C3YFQ8GC.',
    );
    const subject = credential.credentialSubject;
    expect(subject.identifier).toEqual([
      { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'Léa Dupont' },
      { type: 'IdentityObject', identityType: 'emailAddress', hashed: true, identityHash: 'sha256$abc', salt: 'sel' },
    ]);
    expect(subject.achievement.name).toBe('Certification Pix libre');
    expect(subject.achievement.resultDescription.map((d) => [d.id.split('#')[1], d.valueMax])).toEqual([
      ['pix', '144'],
      ['competence-1.1', '6'],
      ['competence-1.2', '6'],
      ['competence-2.1', '6'],
    ]);
    expect(subject.result.map((r) => [r.resultDescription.split('#')[1], r.value])).toEqual([
      ['pix', '72'],
      ['competence-1.1', '3'],
      ['competence-1.2', '2'],
      ['competence-2.1', '4'],
    ]);
    // Index 131 074 is bit 2 of the second list.
    expect(credential.credentialStatus).toEqual({
      id: `${PUBLIC_URL}/credentials/status/2#2`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '2',
      statusListCredential: `${PUBLIC_URL}/credentials/status/2`,
    });
  });

  it('carries an eddsa-jcs-2022 proof that the issuer’s public key verifies', () => {
    const credential = signed();
    expect(credential.proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022', proofPurpose: 'assertionMethod', verificationMethod: key.verificationMethod });
    expect(credential.proof.proofValue).toMatch(/^z[1-9A-HJ-NP-Za-km-z]{80,90}$/);
    expect(checkProof(credential, key.publicKey)).toEqual({ valid: true, verificationMethod: key.verificationMethod });
    // Key order and whitespace do not matter (JCS): the parsed file of another serialisation verifies.
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(credential).reverse())));
    expect(checkProof(reordered, key.publicKey).valid).toBe(true);
  });

  it('becomes invalid when one byte of its content changes: a digit of the pix score, a letter of the name', () => {
    const text = JSON.stringify(signed(), null, 2);
    const pix = text.replace('"value": "72"', '"value": "73"');
    const name = text.replace('"identityHash": "Léa Dupont"', '"identityHash": "Léo Dupont"');
    for (const changed of [pix, name]) {
      expect(changed).not.toBe(text);
      expect(checkProof(JSON.parse(changed), key.publicKey)).toEqual({ valid: false, reason: expect.stringContaining('signature does not match') });
    }
  });

  it('is refused with another key, with a changed proof, or without proof', () => {
    const other = loadCredentialSigningKey(pem(), PUBLIC_URL);
    expect(checkProof(signed(), other.publicKey).valid).toBe(false);
    const forged = addProof(unsigned(), { privateKey: other.privateKey, verificationMethod: key.verificationMethod, created: '2026-12-07T10:00:00Z' });
    expect(checkProof(forged, key.publicKey).valid).toBe(false);
    const credential = signed();
    expect(checkProof({ ...credential, proof: { ...credential.proof, created: '2026-12-08T10:00:00Z' } }, key.publicKey).valid).toBe(false);
    expect(checkProof(unsigned(), key.publicKey)).toEqual({ valid: false, reason: expect.stringContaining('no proof') });
  });
});

describe('the issuer’s key', () => {
  it('is named by did:web from the public URL', () => {
    expect(didWebOf('http://localhost:4000')).toBe('did:web:localhost%3A4000');
    expect(didWebOf('https://pix.example.fr/api')).toBe('did:web:pix.example.fr:api');
  });

  it('is published as a Multikey (z6Mk…) in the DID document and as an OKP JWK', () => {
    const document = didDocument(key);
    const method = document.verificationMethod[0];
    expect(method.publicKeyMultibase).toMatch(/^z6Mk/);
    expect(document.assertionMethod).toEqual([method.id]);
    expect(checkProof(signed(), publicKeyFromMultibase(method.publicKeyMultibase)).valid).toBe(true);
    expect(jwks(key).keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: method.id, alg: 'EdDSA' });
  });

  it('after a change of key, keeps publishing the former ones so that what they signed still verifies', () => {
    const next = loadCredentialSigningKey(pem(), PUBLIC_URL, [key.publicKeyMultibase]);
    const document = didDocument(next);
    expect(document.assertionMethod).toEqual([next.verificationMethod, key.verificationMethod]);
    const now = new Date('2026-12-07T12:00:00Z');
    const credential = JSON.stringify(signed());
    expect(verifyCredential({ credential, key: JSON.stringify(document), now }).valid).toBe(true);
    expect(verifyCredential({ credential, key: JSON.stringify(jwks(next)), now }).valid).toBe(true);
    expect(verifyCredential({ credential, key: JSON.stringify(didDocument(loadCredentialSigningKey(pem(), PUBLIC_URL))), now }).valid).toBe(false);
    expect(() => loadCredentialSigningKey(pem(), PUBLIC_URL, ['z6MkPasUneCle'])).toThrow('CREDENTIAL_PREVIOUS_PUBLIC_KEYS');
  });

  it('must be an Ed25519 key, and production refuses to start without one', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => loadCredentialSigningKey(rsa, PUBLIC_URL)).toThrow('must be an Ed25519 key');
    expect(() => loadConfig({ NODE_ENV: 'production', ACCESS_TOKEN_SECRET: 's', DATA_DIR: '/nonexistent' })).toThrow('CREDENTIAL_SIGNING_KEY must be set in production');
    const jwk = JSON.stringify(key.privateKey.export({ format: 'jwk' }));
    const fromJwk = loadCredentialSigningKey(loadConfig({ NODE_ENV: 'production', ACCESS_TOKEN_SECRET: 's', CREDENTIAL_SIGNING_KEY: jwk }).credentialSigningKey, PUBLIC_URL);
    expect(fromJwk.verificationMethod).toBe(key.verificationMethod);
  });
});

describe('the revocation list (Bitstring Status List)', () => {
  it('puts bit 0 in the left-most bit and round-trips through GZIP and multibase base64url', () => {
    const bits = bitstringOf([0, 9, STATUS_LIST_SIZE - 1]);
    expect(bits.length).toBe(16 * 1024);
    expect([bits[0], bits[1], bits[bits.length - 1]]).toEqual([0x80, 0x40, 0x01]);
    const encoded = encodeBitstring(bits);
    expect(encoded.startsWith('u')).toBe(true);
    expect(encoded).not.toMatch(/[+/=]/);
    const decoded = decodeBitstring(encoded);
    expect([0, 1, 8, 9, STATUS_LIST_SIZE - 1].map((bit) => isBitSet(decoded, bit))).toEqual([true, false, false, true, true]);
    expect(() => decodeBitstring(encodeBitstring(new Uint8Array(100)))).toThrow('fewer than 131072');
    expect(statusListPosition(131_071)).toEqual({ list: 1, bit: 131_071 });
    expect(statusListPosition(131_072)).toEqual({ list: 2, bit: 0 });
  });

  it('lets the verification find a revoked credential', () => {
    const credential = JSON.stringify(signed());
    const didJson = JSON.stringify(didDocument(key));
    const list = (bits: number[]) =>
      JSON.stringify(addProof(buildStatusListCredential(issuer, 2, bits, new Date('2026-12-07T10:00:00Z')), { privateKey: key.privateKey, verificationMethod: key.verificationMethod, created: '2026-12-07T10:00:00Z' }));
    const now = new Date('2026-12-07T12:00:00Z');
    expect(verifyCredential({ credential, key: didJson, statusList: list([1, 3]), now }).valid).toBe(true);
    expect(verifyCredential({ credential, key: didJson, statusList: list([2]), now })).toMatchObject({ valid: false, reason: expect.stringContaining('revoked') });
    // The JWKS and a bare PEM public key verify too.
    expect(verifyCredential({ credential, key: JSON.stringify(jwks(key)), now }).valid).toBe(true);
    expect(verifyCredential({ credential, key: key.publicKey.export({ type: 'spki', format: 'pem' }).toString(), now }).valid).toBe(true);
    // Another issuer's key file does not.
    const other = loadCredentialSigningKey(pem(), PUBLIC_URL);
    expect(verifyCredential({ credential, key: JSON.stringify(didDocument(other)), now })).toMatchObject({ valid: false, reason: expect.stringContaining('has no key') });
  });
});
