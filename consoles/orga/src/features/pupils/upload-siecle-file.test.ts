import { Session } from '@pix-libre/ui-shared';
import { testUser } from '@pix-libre/ui-shared/src/testing/render';
import { waitFor } from '@testing-library/react';
import { FakeXhr, installFakeXhr } from '../../testing/fake-xhr';
import { importJob } from '../../testing/pupils-fixtures';
import { siecleFormData, uploadSiecleFile } from './upload-siecle-file';

const file = new File(['<BEE_ELEVES/>'], 'ElevesSansAdresses.xml', { type: 'text/xml' });
const payload = (accessToken: string) => ({ accessToken, accessTokenExpiresAt: '2026-11-23T15:00:00.000Z', user: testUser });
let restoreXhr: () => void;

beforeEach(() => {
  restoreXhr = installFakeXhr();
});
afterEach(() => restoreXhr());

describe('uploadSiecleFile', () => {
  it('builds the body of a GraphQL multipart request', () => {
    const form = siecleFormData('org-1', file);
    expect([...form.keys()]).toEqual(['operations', 'map', '0']);
    expect(JSON.parse(String(form.get('operations'))).variables).toEqual({ organizationId: 'org-1', file: null });
    expect(form.get('0')).toBeInstanceOf(File);
  });

  it('renews an expired access token once, the way the Apollo link does, and sends the file again', async () => {
    const session = new Session();
    session.start(payload('expired'));
    const refresher = jest.fn(async () => payload('renewed'));
    session.setRefresher(refresher);
    const onProgress = jest.fn();

    const done = uploadSiecleFile({ organizationId: 'org-1', file, session, language: 'en', onProgress });
    expect(FakeXhr.requests[0]?.headers.authorization).toBe('Bearer expired');
    FakeXhr.requests[0]?.progress(10, 10);
    await FakeXhr.requests[0]?.respond({ errors: [{ message: 'Session expired', extensions: { code: 'UNAUTHENTICATED' } }] }, 401);

    await waitFor(() => expect(FakeXhr.requests).toHaveLength(2));
    expect(refresher).toHaveBeenCalledTimes(1);
    expect(FakeXhr.requests[1]?.headers).toMatchObject({ authorization: 'Bearer renewed', 'accept-language': 'en' });
    expect(onProgress.mock.calls.map(([percent]) => percent)).toEqual([100, 0]);
    await FakeXhr.requests[1]?.respond({ data: { importSiecleFile: importJob('PENDING') } });
    await expect(done).resolves.toEqual({ job: importJob('PENDING') });
  });

  it('gives the errors when the session cannot be renewed', async () => {
    const session = new Session();
    session.start(payload('expired'));
    session.setRefresher(async () => null);

    const done = uploadSiecleFile({ organizationId: 'org-1', file, session, language: 'fr', onProgress: jest.fn() });
    await FakeXhr.requests[0]?.respond({ errors: [{ message: 'Votre session a expiré.', extensions: { code: 'UNAUTHENTICATED' } }] }, 401);
    await expect(done).resolves.toEqual({ errors: [{ message: 'Votre session a expiré.', code: 'UNAUTHENTICATED' }] });
    expect(FakeXhr.requests).toHaveLength(1);
    expect(session.getSnapshot().status).toBe('anonymous');
  });

  it('sends no Authorization header without a session', async () => {
    const done = uploadSiecleFile({ organizationId: 'org-1', file, session: null, language: 'fr', onProgress: jest.fn() });
    expect(FakeXhr.requests[0]?.headers.authorization).toBeUndefined();
    expect(FakeXhr.requests[0]?.headers['apollo-require-preflight']).toBe('true');
    await FakeXhr.requests[0]?.respond({ data: { importSiecleFile: importJob('PENDING') } });
    await expect(done).resolves.toHaveProperty('job.id', 'job-1');
  });
});
