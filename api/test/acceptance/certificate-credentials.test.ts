import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { verifyCredential } from '../../src/certification/results';
import { cancelByJury, publishedCertificate, staffMember, unpublishSession } from '../helpers/credential-fixtures';
import { startTestApi, type TestApi } from '../helpers/test-api';

/**
 * Issue 13, point 5: a published, validated certificate is a signed Open Badges 3.0 credential, which
 * its holder downloads; the issuer's key and the revocation list are public; anyone verifies the file
 * offline with the documented command.
 */
const ROOT = path.resolve(__dirname, '../../..');

/** A free port, so that the public URL (and the issuer's did:web) is the one the API listens on. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** `npm run credential:verify -w api -- …`, as the documentation says. */
const runVerify = (args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile('npm', ['run', '--silent', 'credential:verify', '-w', 'api', '--', ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });

describe("a certificate's Open Badges 3.0 credential", () => {
  let api: TestApi;
  let db: Client;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    api = await startTestApi({ env: { PORT: String(port) } });
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await api.stop();
  });

  const get = (pathname: string, token?: string) => fetch(`${api.url}${pathname}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const credentialOf = async (courseId: number, token?: string) => {
    const response = await get(`/certificats/${courseId}/credential.json`, token);
    return { response, text: await response.text() };
  };
  /** The URL a credential names (http://localhost:<port>/…), fetched on the interface the API listens on. */
  const fetchNamed = (url: string) => fetch(url.replace('//localhost:', '//127.0.0.1:'));

  it('is downloaded by its holder as a JSON file, signed by the did:web issuer whose key is published', async () => {
    const certificate = await publishedCertificate(api);
    const { response, text } = await credentialOf(certificate.courseId, certificate.holder.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="certification-pix-libre-${certificate.verificationCode}.json"`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const credential = JSON.parse(text);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.issuer.id).toBe(`did:web:localhost%3A${port}`);
    expect(credential.validFrom).toBe('2026-12-03T10:00:00Z');
    expect(credential.credentialSubject.identifier[0]).toEqual({ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'Léa Dupont' });
    expect(credential.credentialSubject.result.map((r: { value: string }) => r.value)).toEqual(['72', '3', '2', '4']);
    expect(credential.description).toContain(certificate.verificationCode);
    expect(credential.proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022', proofPurpose: 'assertionMethod' });

    // The issuer's public key: a did:web document and a JWKS, public, with CORS.
    const did = await get('/.well-known/did.json');
    expect(did.status).toBe(200);
    expect(did.headers.get('access-control-allow-origin')).toBe('*');
    const didJson = await did.text();
    expect(JSON.parse(didJson)).toMatchObject({ id: credential.issuer.id, assertionMethod: [credential.proof.verificationMethod] });
    const jwks = await get('/.well-known/jwks.json');
    expect(jwks.status).toBe(200);
    const jwksJson = await jwks.text();
    expect(JSON.parse(jwksJson).keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: credential.proof.verificationMethod });

    // Its position in the revocation list was drawn once and stays; the list is public and signed.
    const { rows } = await db.query('select credential_status_index from certification_courses where id = $1', [certificate.courseId]);
    expect(String(rows[0].credential_status_index)).toBe(credential.credentialStatus.statusListIndex);
    const again = JSON.parse((await credentialOf(certificate.courseId, certificate.holder.token)).text);
    expect([again.id, again.credentialStatus]).toEqual([credential.id, credential.credentialStatus]);
    const list = await fetchNamed(credential.credentialStatus.statusListCredential);
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toBe('public, max-age=60');
    const listJson = await list.text();
    const now = new Date();
    for (const key of [didJson, jwksJson]) expect(verifyCredential({ credential: text, key, statusList: listJson, now })).toMatchObject({ valid: true });
  });

  it('is refused to anyone but its holder and the reading staff, and exists only once the session is published and the certificate validated', async () => {
    const certificate = await publishedCertificate(api, { firstName: 'Noé', lastName: 'Martin' });
    const other = await publishedCertificate(api, { firstName: 'Inès', lastName: 'Autre' });
    const path = `/certificats/${certificate.courseId}/credential.json`;
    expect((await get(path)).status).toBe(401);
    const refused = await get(path, other.holder.token);
    expect(refused.status).toBe(404);
    expect(((await refused.json()) as any).errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: expect.stringContaining('titulaire') });
    expect((await get(path, (await staffMember(api, 'METIER')).token)).status).toBe(404);
    expect((await get(path, (await staffMember(api, 'CERTIF')).token)).status).toBe(200);
    expect((await get('/certificats/999999/credential.json', certificate.holder.token)).status).toBe(404);
    expect((await get('/certificats/abc/credential.json', certificate.holder.token)).status).toBe(404);

    const unpublished = await publishedCertificate(api, { published: false });
    expect((await credentialOf(unpublished.courseId, unpublished.holder.token)).response.status).toBe(404);
    const rejected = await publishedCertificate(api, { status: 'REJECTED' });
    expect((await credentialOf(rejected.courseId, rejected.holder.token)).response.status).toBe(404);
    const { rows } = await db.query('select credential_status_index from certification_courses where id = any($1)', [[unpublished.courseId, rejected.courseId]]);
    expect(rows.map((row) => row.credential_status_index)).toEqual([null, null]);
  });

  it('gets one position in the revocation list, drawn once, even by concurrent downloads', async () => {
    const certificates = [];
    for (let i = 0; i < 4; i += 1) certificates.push(await publishedCertificate(api, { firstName: `Candidat${i}`, lastName: 'Concurrent' }));
    const downloads = await Promise.all(
      certificates.flatMap((certificate) => [0, 1].map(async () => JSON.parse((await credentialOf(certificate.courseId, certificate.holder.token)).text).credentialStatus.statusListIndex)),
    );
    for (let i = 0; i < certificates.length; i += 1) expect(downloads[2 * i]).toBe(downloads[2 * i + 1]);
    const positions = downloads.filter((_, i) => i % 2 === 0);
    expect(new Set(positions).size).toBe(certificates.length);
    const { rows } = await db.query('select credential_status_index from certification_courses where id = any($1)', [certificates.map((c) => c.courseId)]);
    expect(rows.map((row) => String(row.credential_status_index)).sort()).toEqual([...positions].sort());
  });

  it("is revoked in the status list once the jury cancels the certificate, or the session is unpublished", async () => {
    const cancelled = await publishedCertificate(api, { firstName: 'Jury', lastName: 'Annule' });
    const withdrawn = await publishedCertificate(api, { firstName: 'Session', lastName: 'Retirée' });
    const standing = await publishedCertificate(api, { firstName: 'Reste', lastName: 'Valide' });
    const download = async (certificate: typeof cancelled) => (await credentialOf(certificate.courseId, certificate.holder.token)).text;
    const [cancelledText, withdrawnText, standingText] = [await download(cancelled), await download(withdrawn), await download(standing)];
    const didJson = await (await get('/.well-known/did.json')).text();
    const listUrl = JSON.parse(cancelledText).credentialStatus.statusListCredential;
    const statusOf = async (text: string) => verifyCredential({ credential: text, key: didJson, statusList: await (await fetchNamed(listUrl)).text(), now: new Date() });

    expect(await statusOf(cancelledText)).toMatchObject({ valid: true });
    await cancelByJury(api, cancelled.courseId);
    await unpublishSession(api, withdrawn.sessionId);
    expect(await statusOf(cancelledText)).toMatchObject({ valid: false, reason: expect.stringContaining('revoked') });
    expect(await statusOf(withdrawnText)).toMatchObject({ valid: false, reason: expect.stringContaining('revoked') });
    expect(await statusOf(standingText)).toMatchObject({ valid: true });
    // And the holder can no longer download it.
    expect((await credentialOf(cancelled.courseId, cancelled.holder.token)).response.status).toBe(404);
    expect((await get('/credentials/status/0')).status).toBe(404);
    expect((await get('/credentials/status/99999')).status).toBe(404);
  });

  it('is verified offline by the documented command, which fails once one byte of the file changes', async () => {
    const certificate = await publishedCertificate(api, { firstName: 'Ligne', lastName: 'Commande' });
    const folder = mkdtempSync(path.join(os.tmpdir(), 'pix-libre-credential-'));
    const file = (name: string, text: string) => {
      writeFileSync(path.join(folder, name), text);
      return path.join(folder, name);
    };
    const credentialText = (await credentialOf(certificate.courseId, certificate.holder.token)).text;
    const credential = file('credential.json', credentialText);
    const did = file('did.json', await (await get('/.well-known/did.json')).text());
    const status = file('status.json', await (await fetchNamed(JSON.parse(credentialText).credentialStatus.statusListCredential)).text());

    const valid = await runVerify([credential, '--key', did, '--status', status]);
    expect(valid).toMatchObject({ code: 0, stdout: expect.stringContaining('✓') });
    expect(valid.stdout).toContain('not revoked');

    // One byte: the pix score's last digit (72 → 73).
    const changed = readFileSync(credential, 'utf8').replace('"value": "72"', '"value": "73"');
    expect(Buffer.byteLength(changed)).toBe(Buffer.byteLength(credentialText));
    const tampered = await runVerify([file('tampered.json', changed), '--key', did]);
    expect(tampered).toMatchObject({ code: 1, stdout: expect.stringContaining('✗') });
    expect(tampered.stdout).toContain('signature does not match');

    expect((await runVerify([credential])).code).toBe(2);
  });
});
