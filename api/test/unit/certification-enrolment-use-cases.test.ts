import type { AuditEntry } from '../../src/audit-log';
import type { CandidateRow } from '../../src/certification/enrolment/domain/enrolled-candidate';
import { CANDIDATES_FILE_COLUMNS, CANDIDATES_FILE_EXAMPLES } from '../../src/certification/enrolment/domain/candidates-file';
import { enrolStudentsToSession } from '../../src/certification/enrolment/application/candidates.usecases';
import type { EnrolmentRepositories } from '../../src/certification/enrolment/application/enrolment-repositories';
import { checkCandidatesImportAllowed, importCandidatesFile } from '../../src/certification/enrolment/application/import-candidates.usecase';
import type { NewCandidate } from '../../src/certification/enrolment/infrastructure/candidate.repository';
import { archiveCertificationCenter } from '../../src/certification/session-management/application/center-admin.usecases';
import type { SessionManagementRepositories } from '../../src/certification/session-management/application/session-management-repositories';
import type { CertificationCenterRow } from '../../src/certification/session-management/domain/certification-center';
import type { SessionSummaryRow } from '../../src/certification/session-management/domain/certification-session';
import { PlatformRole } from '../../src/identity-access-management';
import type { CertifiablePupilRow } from '../../src/prescription/learner-management/domain/learner';
import { BadUserInputError, ForbiddenError } from '../../src/shared/domain/errors';

/**
 * Certification's enrolment and centre use cases on in-memory repositories: what a centre sees of
 * an import or an enrolment of pupils (all or nothing, the refusals), and what staff leave in the
 * audit log when they archive a centre.
 */
const clock = { now: () => new Date('2026-12-07T10:00:00Z') };
const member = { userId: 11, platformRole: null };
const stranger = { userId: 12, platformRole: null };
const staff = { userId: 7, platformRole: PlatformRole.SUPPORT };

const pro: CertificationCenterRow = { id: 1, name: 'Centre Pro', type: 'PRO', uai: null, externalId: null, archivedAt: null };
const sco: CertificationCenterRow = { id: 2, name: 'Collège Jean Moulin', type: 'SCO', uai: '0750001A', externalId: null, archivedAt: null };
const school = { id: 50, name: 'Collège Jean Moulin' };

const session = (id: number, centerId: number, changes: Partial<SessionSummaryRow> = {}): SessionSummaryRow => ({
  id,
  certificationCenterId: centerId,
  address: '1 rue de la Paix',
  room: 'B12',
  date: '2026-12-20',
  time: '09:00',
  examiner: 'M. Martin',
  description: '',
  accessCode: 'ABCD12',
  invigilatorPassword: '12345',
  state: 'CREATED',
  createdAt: new Date('2026-12-01T08:00:00Z'),
  candidateCount: 0,
  joinedCount: 0,
  ...changes,
});

const pupil = (id: number, changes: Partial<CertifiablePupilRow> = {}): CertifiablePupilRow => ({
  id,
  firstName: `Élève${id}`,
  lastName: 'DURAND',
  birthdate: '2010-05-04',
  sex: 'F',
  division: '3A',
  birthCityCode: '75115',
  birthCity: 'Paris',
  birthCountryCode: '100',
  birthProvinceCode: '075',
  ...changes,
});

function memoryState() {
  return {
    centers: new Map([pro, sco].map((c) => [c.id, { ...c }])),
    sessions: new Map([session(10, pro.id), session(20, sco.id), session(30, pro.id, { joinedCount: 1 })].map((s) => [s.id, s])),
    members: [
      { centerId: pro.id, userId: member.userId },
      { centerId: sco.id, userId: member.userId },
    ],
    pupils: [pupil(501), pupil(502, { birthCountryCode: '99134' }), pupil(503, { birthdate: null })],
    candidates: [] as CandidateRow[],
    audit: [] as AuditEntry[],
    nextId: 1000,
  };
}
type State = ReturnType<typeof memoryState>;

/** The readers both contexts share (centres, sessions, the centres' teams, the school of a SCO centre). */
function readers(state: State) {
  return {
    centers: {
      findById: async (id: number, options: { archivedToo?: boolean } = {}) => {
        const center = state.centers.get(id);
        return center && (options.archivedToo || !center.archivedAt) ? center : null;
      },
      lock: async (id: number) => state.centers.get(id) ?? null,
      byIds: async (ids: readonly number[]) => ids.map((id) => state.centers.get(id)!).filter(Boolean),
      create: async () => {
        throw new Error('not used');
      },
      update: async () => {
        throw new Error('not used');
      },
      archive: async (id: number, _by: number, at: Date) => {
        const archived = { ...state.centers.get(id)!, archivedAt: at, uai: null };
        state.centers.set(id, archived);
        return archived;
      },
      search: async () => ({ rows: [...state.centers.values()], totalCount: state.centers.size }),
    },
    sessions: {
      tryCreate: async () => {
        throw new Error('not used');
      },
      findSummary: async (id: number) => state.sessions.get(id) ?? null,
      lockSummary: async (id: number) => state.sessions.get(id) ?? null,
      update: async () => undefined,
      delete: async () => undefined,
      pageOfCenter: async () => ({ rows: [], totalCount: 0 }),
    },
    memberships: {
      find: async (_kind: string, centerId: number, userId: number) => {
        const found = state.members.find((m) => m.centerId === centerId && m.userId === userId);
        return found ? { id: centerId * 100 + userId, teamId: centerId, userId, role: 'ADMIN' as const } : null;
      },
      ofUser: async () => [],
    },
    schools: { activeByUai: async (uai: string) => (uai === sco.uai ? { ...school, uai } : null) as never },
  } satisfies Partial<SessionManagementRepositories>;
}

/** All or nothing, as the database's transaction: the state is put back when the work throws. */
async function atomically<T>(state: State, work: () => Promise<T>): Promise<T> {
  const saved = { candidates: [...state.candidates], audit: [...state.audit], centers: new Map(state.centers) };
  try {
    return await work();
  } catch (error) {
    Object.assign(state, saved);
    throw error;
  }
}

function enrolment(state: State): EnrolmentRepositories {
  const repositories: EnrolmentRepositories = {
    ...readers(state),
    candidates: {
      ofSession: async (sessionId) => state.candidates.filter((c) => c.sessionId === sessionId),
      findById: async (id) => state.candidates.find((c) => c.id === id) ?? null,
      insertMany: async (sessionId, news: readonly NewCandidate[]) =>
        news.map((c) => {
          const row: CandidateRow = {
            ...c,
            sex: c.sex ?? 'F',
            id: state.nextId++,
            sessionId,
            birthProvinceCode: c.birthProvinceCode ?? null,
            organizationLearnerId: c.organizationLearnerId ?? null,
            joinedAt: null,
          };
          state.candidates.push(row);
          return row.id;
        }),
      update: async () => undefined,
      delete: async () => undefined,
    },
    pupils: {
      certifiable: async (organizationId, filter) =>
        organizationId === school.id ? state.pupils.filter((p) => !filter.ids || filter.ids.includes(p.id)) : [],
      classes: async () => ['3A'],
    },
    transaction: (work) => atomically(state, () => work(repositories)),
    isUniqueViolation: () => false,
  };
  return repositories;
}

function sessionManagement(state: State): SessionManagementRepositories {
  const repositories: SessionManagementRepositories = {
    ...readers(state),
    audit: { record: async (entry) => state.audit.push(entry) },
    transaction: (work) => atomically(state, () => work(repositories)),
    isUniqueViolation: () => false,
  };
  return repositories;
}

const csv = (...lines: string[][]) => Buffer.from([CANDIDATES_FILE_COLUMNS.map((c) => c.header), ...lines].map((l) => l.join(';')).join('\n'), 'utf8');

describe('importing the candidates file, on in-memory repositories', () => {
  it("imports the template's lines for a member of the centre", async () => {
    const state = memoryState();
    const report = await importCandidatesFile(enrolment(state), { clock }, member, { sessionId: 10, content: csv(...CANDIDATES_FILE_EXAMPLES) });
    expect(report).toEqual({ importedCount: 2, problems: [] });
    expect(state.candidates.map((c) => [c.sessionId, c.lastName, c.birthdate])).toEqual([
      [10, 'DUPONT', '1990-02-14'],
      [10, 'NGUYEN', '1988-11-03'],
    ]);
  });

  it('imports nothing when one line has a problem, and says which line', async () => {
    const state = memoryState();
    const [good, other] = CANDIDATES_FILE_EXAMPLES;
    const bad = [...other];
    bad[2] = '31/02/1988';
    const report = await importCandidatesFile(enrolment(state), { clock }, member, { sessionId: 10, content: csv(good, bad) });
    expect(report.importedCount).toBe(0);
    expect(report.problems.map((p) => [p.line, p.field])).toEqual([[3, 'birthdate']]);
    expect(state.candidates).toEqual([]);
  });

  it('refuses, before the file is read, a stranger to the centre, a SCO centre and a session a candidate joined', async () => {
    const state = memoryState();
    await expect(checkCandidatesImportAllowed(enrolment(state), stranger, 10)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(checkCandidatesImportAllowed(enrolment(state), member, 20)).rejects.toMatchObject({ messageKey: 'certificationSessions.errors.scoEnrolsPupils' });
    await expect(checkCandidatesImportAllowed(enrolment(state), member, 30)).rejects.toMatchObject({ messageKey: 'certificationSessions.errors.candidateJoined' });
    await expect(checkCandidatesImportAllowed(enrolment(state), member, 10)).resolves.toBeUndefined();
    // The import itself checks again: a stranger's file stores nothing.
    await expect(importCandidatesFile(enrolment(state), { clock }, stranger, { sessionId: 10, content: csv(...CANDIDATES_FILE_EXAMPLES) })).rejects.toBeInstanceOf(ForbiddenError);
    expect(state.candidates).toEqual([]);
  });
});

describe("enrolling a school's pupils, on in-memory repositories", () => {
  it('enrols them pre-filled from SIECLE (a pupil born abroad gets the country, no INSEE code)', async () => {
    const state = memoryState();
    const rows = await enrolStudentsToSession(enrolment(state), { clock }, member, { sessionId: 20, organizationLearnerIds: [501, 502, 501] });
    expect(rows.map((r) => [r.organizationLearnerId, r.birthCountry, r.birthInseeCode])).toEqual([
      [501, 'FRANCE', '75115'],
      [502, 'ESPAGNE', null],
    ]);
  });

  it('enrols none when one pupil cannot be (not of the school, already enrolled, no birth date)', async () => {
    const state = memoryState();
    const repositories = enrolment(state);
    await expect(enrolStudentsToSession(repositories, { clock }, member, { sessionId: 20, organizationLearnerIds: [501, 999] })).rejects.toMatchObject({
      messageKey: 'certificationSessions.errors.pupilNotInSchool',
    });
    await expect(enrolStudentsToSession(repositories, { clock }, member, { sessionId: 20, organizationLearnerIds: [501, 503] })).rejects.toMatchObject({
      messageKey: 'certificationSessions.errors.pupilWithoutBirthdate',
    });
    expect(state.candidates).toEqual([]);
    await enrolStudentsToSession(repositories, { clock }, member, { sessionId: 20, organizationLearnerIds: [501] });
    await expect(enrolStudentsToSession(repositories, { clock }, member, { sessionId: 20, organizationLearnerIds: [502, 501] })).rejects.toMatchObject({
      messageKey: 'certificationSessions.errors.pupilAlreadyEnrolled',
    });
    expect(state.candidates.map((c) => c.organizationLearnerId)).toEqual([501]);
  });

  it("refuses a centre other than SCO and a stranger, whatever the pupils", async () => {
    const state = memoryState();
    await expect(enrolStudentsToSession(enrolment(state), { clock }, member, { sessionId: 10, organizationLearnerIds: [501] })).rejects.toBeInstanceOf(BadUserInputError);
    await expect(enrolStudentsToSession(enrolment(state), { clock }, stranger, { sessionId: 20, organizationLearnerIds: [501] })).rejects.toBeInstanceOf(ForbiddenError);
    expect(state.candidates).toEqual([]);
  });
});

describe('archiving a centre, on in-memory repositories', () => {
  it("archives it with an audit row under its school, and refuses to archive it again", async () => {
    const state = memoryState();
    const archived = await archiveCertificationCenter(sessionManagement(state), { clock }, staff, { centerId: sco.id, comment: 'Fermeture du centre' });
    expect(archived.archivedAt).toEqual(clock.now());
    expect(state.audit).toEqual([
      expect.objectContaining({
        actorUserId: staff.userId,
        action: 'CERTIFICATION_CENTER_ARCHIVED',
        targetType: 'CERTIFICATION_CENTER',
        targetId: sco.id,
        organizationId: school.id,
        before: expect.not.objectContaining({ archivedAt: expect.anything() }),
        after: expect.objectContaining({ archivedAt: clock.now().toISOString() }),
      }),
    ]);
    await expect(archiveCertificationCenter(sessionManagement(state), { clock }, staff, { centerId: sco.id })).rejects.toMatchObject({
      messageKey: 'adminOrganizations.errors.centerArchived',
    });
    expect(state.audit).toHaveLength(1);
  });

  it('leaves the centre active when its audit row cannot be written', async () => {
    const state = memoryState();
    const repositories = sessionManagement(state);
    const failing: SessionManagementRepositories = {
      ...repositories,
      audit: { record: async () => Promise.reject(new Error('audit down')) },
      transaction: (work) => atomically(state, () => work(failing)),
    };
    await expect(archiveCertificationCenter(failing, { clock }, staff, { centerId: pro.id })).rejects.toThrow('audit down');
    expect(state.centers.get(pro.id)!.archivedAt).toBeNull();
    expect(state.audit).toEqual([]);
  });
});
