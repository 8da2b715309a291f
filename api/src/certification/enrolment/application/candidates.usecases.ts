import type { Viewer } from '../../../identity-access-management';
import { countryOfSiecleCode, FRANCE } from '../domain/countries';
import type { Clock } from '../../../shared/domain/clock';
import { BadUserInputError, NotFoundError } from '../../../shared/domain/errors';
import { editableSessionForMember, readableSession, SessionLockedError } from '../../session-management';
import { candidateIdentity, checkCandidate, exceedsSessionCapacity, frenchDate, parseExtraTime, type CandidateInput } from '../domain/candidate';
import type { CandidateRow, EnrolablePupil } from '../domain/enrolled-candidate';
import type { NewCandidate } from '../infrastructure/candidate.repository';
import { editableSession, schoolOf } from './enrolment-access';
import type { EnrolmentRepositories } from './enrolment-repositories';

const today = (clock: Clock) => clock.now().toISOString().slice(0, 10);

function assertCapacity(current: number, added: number) {
  const over = exceedsSessionCapacity(current, added);
  if (over) throw new BadUserInputError('sessionId', 'certificationSessions.errors.tooManyCandidates', over);
}

const duplicateError = (c: { firstName: string; lastName: string; birthdate: string }) =>
  new BadUserInputError('lastName', 'certificationSessions.errors.candidateDuplicate', { name: `${c.firstName} ${c.lastName}`, birthdate: frenchDate(c.birthdate) });

/** Inserts, turning the unique indexes' refusal (a concurrent enrolment) into the same clear error. */
async function insert(repositories: EnrolmentRepositories, sessionId: number, candidates: NewCandidate[], now: Date): Promise<number[]> {
  try {
    return await repositories.candidates.insertMany(sessionId, candidates, now);
  } catch (error) {
    if (repositories.isUniqueViolation(error)) throw duplicateError(candidates.length === 1 ? candidates[0] : { firstName: '', lastName: 'Un candidat', birthdate: '' });
    throw error;
  }
}

/** A session's candidates in French order (members of its centre and the reading staff). */
export async function listCandidates(repositories: EnrolmentRepositories, viewer: Viewer, sessionId: number): Promise<CandidateRow[]> {
  await readableSession(repositories, viewer, sessionId);
  return repositories.candidates.ofSession(sessionId);
}

/** A candidate added by hand (centres other than SCO), until a candidate joined; unique in the session. */
export async function addCertificationCandidate(
  repositories: EnrolmentRepositories,
  deps: { clock: Clock },
  viewer: Viewer,
  input: CandidateInput & { sessionId: number },
): Promise<CandidateRow> {
  const checked = checkCandidate(input, today(deps.clock));
  return repositories.transaction(async (tx) => {
    await editableSession(tx, viewer, input.sessionId, 'NOT_SCO');
    if (!checked.candidate) {
      const [first] = checked.problems;
      throw new BadUserInputError(first.field, first.key, first.params);
    }
    const enrolled = await tx.candidates.ofSession(input.sessionId);
    assertCapacity(enrolled.length, 1);
    const identity = candidateIdentity(checked.candidate);
    if (enrolled.some((c) => candidateIdentity(c) === identity)) throw duplicateError(checked.candidate);
    const [id] = await insert(tx, input.sessionId, [checked.candidate], deps.clock.now());
    return (await tx.candidates.findById(id))!;
  });
}

/** The school's current pupils a SCO centre may enrol (a class or all), those already in the session flagged, and the classes. */
export async function enrolablePupils(
  repositories: EnrolmentRepositories,
  viewer: Viewer,
  input: { sessionId: number; division?: string | null },
): Promise<{ divisions: string[]; pupils: EnrolablePupil[] }> {
  const { center } = await readableSession(repositories, viewer, input.sessionId);
  if (center.type !== 'SCO') throw new BadUserInputError('sessionId', 'certificationSessions.errors.notScoCenter');
  const school = await schoolOf(repositories, center);
  const [divisions, pupils, enrolled] = [
    await repositories.pupils.classes(school.id),
    await repositories.pupils.certifiable(school.id, { division: input.division ?? null }),
    await repositories.candidates.ofSession(input.sessionId),
  ];
  const taken = new Set(enrolled.map((c) => c.organizationLearnerId).filter((id) => id !== null));
  return {
    divisions,
    pupils: pupils.map((p) => ({
      learnerId: p.id,
      firstName: p.firstName,
      lastName: p.lastName,
      birthdate: p.birthdate,
      division: p.division,
      alreadyEnrolled: taken.has(p.id),
    })),
  };
}

/** A SCO centre enrols its school's pupils, pre-filled from their SIECLE data; all or none. */
export async function enrolStudentsToSession(
  repositories: EnrolmentRepositories,
  deps: { clock: Clock },
  viewer: Viewer,
  input: { sessionId: number; organizationLearnerIds: number[] },
): Promise<CandidateRow[]> {
  const ids = [...new Set(input.organizationLearnerIds)];
  if (!ids.length) throw new BadUserInputError('organizationLearnerIds', 'certificationSessions.errors.pupilsEmpty');
  return repositories.transaction(async (tx) => {
    const { center } = await editableSession(tx, viewer, input.sessionId, 'SCO');
    const school = await schoolOf(tx, center);
    const pupils = await tx.pupils.certifiable(school.id, { ids });
    if (pupils.length !== ids.length) throw new BadUserInputError('organizationLearnerIds', 'certificationSessions.errors.pupilNotInSchool');
    const enrolled = await tx.candidates.ofSession(input.sessionId);
    const already = pupils.find((p) => enrolled.some((c) => c.organizationLearnerId === p.id));
    if (already) throw new BadUserInputError('organizationLearnerIds', 'certificationSessions.errors.pupilAlreadyEnrolled', { name: `${already.firstName} ${already.lastName}` });
    assertCapacity(enrolled.length, pupils.length);
    // A pupil whose birth date SIECLE did not give could never join (the date is part of the identity).
    const undated = pupils.find((p) => !p.birthdate);
    if (undated) throw new BadUserInputError('organizationLearnerIds', 'certificationSessions.errors.pupilWithoutBirthdate', { name: `${undated.firstName} ${undated.lastName}` });
    const news: NewCandidate[] = pupils.map((p) => {
      const country = countryOfSiecleCode(p.birthCountryCode) ?? (p.birthCountryCode ? `CODE PAYS ${p.birthCountryCode}` : FRANCE);
      return {
        firstName: p.firstName,
        lastName: p.lastName,
        birthdate: p.birthdate!,
        sex: p.sex === 'M' || p.sex === 'F' ? p.sex : null,
        birthCity: p.birthCity,
        birthInseeCode: country === FRANCE ? p.birthCityCode : null,
        birthPostalCode: null,
        birthProvinceCode: p.birthProvinceCode,
        birthCountry: country,
        extraTimePercentage: 0,
        resultRecipientEmail: null,
        externalId: null,
        organizationLearnerId: p.id,
      };
    });
    const inserted = new Set(await insert(tx, input.sessionId, news, deps.clock.now()));
    return (await tx.candidates.ofSession(input.sessionId)).filter((c) => inserted.has(c.id));
  });
}

/** A candidate, with its session editable by the viewer (a member of the centre), or refused. */
async function editableCandidate(repositories: EnrolmentRepositories, viewer: Viewer, candidateId: number) {
  const candidate = await repositories.candidates.findById(candidateId);
  if (!candidate) throw new NotFoundError('certificationSessions.errors.candidateUnknown');
  await editableSessionForMember(repositories, viewer, candidate.sessionId);
  if (candidate.joinedAt) throw new SessionLockedError('certificationSessions.errors.candidateHasJoined');
  return candidate;
}

/** Changes what a centre may change of a candidate (extra time, results e-mail, external id), until they joined. */
export async function updateCertificationCandidate(
  repositories: EnrolmentRepositories,
  deps: { clock: Clock },
  viewer: Viewer,
  input: { candidateId: number; extraTimePercentage?: number | null; resultRecipientEmail?: string | null; externalId?: string | null },
): Promise<CandidateRow> {
  return repositories.transaction(async (tx) => {
    const candidate = await editableCandidate(tx, viewer, input.candidateId);
    const checked = checkCandidate(
      {
        ...candidate,
        extraTimePercentage: input.extraTimePercentage ?? candidate.extraTimePercentage,
        resultRecipientEmail: input.resultRecipientEmail === undefined ? candidate.resultRecipientEmail : input.resultRecipientEmail,
        externalId: input.externalId === undefined ? candidate.externalId : input.externalId,
      },
      '9999-12-31',
    );
    const problem = checked.problems.find((p) => ['extraTimePercentage', 'resultRecipientEmail', 'externalId'].includes(p.field));
    if (problem) throw new BadUserInputError(problem.field, problem.key, problem.params);
    const extra = parseExtraTime(input.extraTimePercentage ?? candidate.extraTimePercentage)!;
    const email = input.resultRecipientEmail === undefined ? undefined : input.resultRecipientEmail?.trim() ? input.resultRecipientEmail.trim().toLowerCase() : null;
    const externalId = input.externalId === undefined ? undefined : input.externalId?.trim() || null;
    await tx.candidates.update(candidate.id, { extraTimePercentage: extra, resultRecipientEmail: email, externalId }, deps.clock.now());
    return (await tx.candidates.findById(candidate.id))!;
  });
}

/** Removes a candidate from the session, until a candidate joined. */
export async function removeCertificationCandidate(repositories: EnrolmentRepositories, viewer: Viewer, candidateId: number): Promise<boolean> {
  return repositories.transaction(async (tx) => {
    await editableCandidate(tx, viewer, candidateId);
    await tx.candidates.delete(candidateId);
    return true;
  });
}
