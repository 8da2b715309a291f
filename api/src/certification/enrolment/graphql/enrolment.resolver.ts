import type { Readable } from 'node:stream';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../graphql/context';
import { enrolmentOf } from './enrolment-repositories-of';
import { LoggedIn } from '../../../graphql/access';
import { BadUserInputError } from '../../../shared/domain/errors';
import { UploadScalar, type FileUpload } from '../../../shared/graphql/upload.scalar';
import { receiveUpload, UploadTooLargeError } from '../../../shared/infrastructure/uploads/receive-upload';
import { translate } from '../../../shared/i18n/translate';
import {
  addCertificationCandidate,
  enrolablePupils,
  enrolStudentsToSession,
  removeCertificationCandidate,
  updateCertificationCandidate,
} from '../application/candidates.usecases';
import { checkCandidatesImportAllowed, importCandidatesFile } from '../application/import-candidates.usecase';
import { CANDIDATES_FILE_MAX_BYTES } from '../domain/candidates-file';
import { MAX_CANDIDATES_PER_SESSION } from '../domain/candidate';
import { COUNTRIES } from '../domain/countries';
import type { CandidateRow } from '../domain/enrolled-candidate';
import {
  AddCertificationCandidateInput,
  CandidatesImportProblemView,
  CandidatesImportReportView,
  CandidateSexValue,
  CertificationCandidateView,
  CertificationCountryView,
  EnrolablePupilsView,
  EnrolablePupilView,
  EnrolStudentsInput,
  UpdateCertificationCandidateInput,
} from './enrolment.types';

export function idOf(value: string, field: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) throw new BadUserInputError(field, 'errors.notFound');
  return id;
}

export const toCandidateView = (row: CandidateRow): CertificationCandidateView =>
  Object.assign(new CertificationCandidateView(), {
    id: String(row.id),
    firstName: row.firstName,
    lastName: row.lastName,
    birthdate: row.birthdate,
    sex: (row.sex as CandidateSexValue | null) ?? null,
    birthCity: row.birthCity,
    birthInseeCode: row.birthInseeCode,
    birthPostalCode: row.birthPostalCode,
    birthCountry: row.birthCountry,
    extraTimePercentage: row.extraTimePercentage,
    resultRecipientEmail: row.resultRecipientEmail,
    externalId: row.externalId,
    isSchoolPupil: row.organizationLearnerId !== null,
    hasJoined: row.joinedAt !== null,
  });

/** CertificationSession.candidates (declared in api/src/graphql/joins): the session was read with its rights. */
export async function candidatesOfSession(ctx: GraphQLContext, sessionId: number): Promise<CertificationCandidateView[]> {
  return (await ctx.loaders.enrolment.candidatesBySession.load(sessionId)).map(toCandidateView);
}

async function receive(upload: FileUpload): Promise<Buffer> {
  try {
    return await receiveUpload(upload.createReadStream() as Readable, CANDIDATES_FILE_MAX_BYTES);
  } catch (error) {
    if (error instanceof UploadTooLargeError)
      throw new BadUserInputError('file', 'certificationSessions.errors.file.tooLarge', { max: '1 Mo', lines: MAX_CANDIDATES_PER_SESSION });
    throw error;
  }
}

/** Candidates of a session: school pupils (SCO centres), by hand or by file (other centres), until a candidate joined. */
@Resolver()
export class EnrolmentResolver {
  @LoggedIn()
  @Query(() => [CertificationCountryView], { description: 'The birth countries a candidate may be given (the INSEE list; the one source of the consoles\' list).' })
  certificationCountries(): CertificationCountryView[] {
    return COUNTRIES.map((c) => Object.assign(new CertificationCountryView(), { code: c.code, name: c.name, aliases: [...c.aliases] }));
  }

  @LoggedIn()
  @Query(() => EnrolablePupilsView, { description: "The school's current pupils a SCO centre may enrol in the session (a class, or all), those already enrolled flagged." })
  async enrolablePupils(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('division', () => String, { nullable: true }) division: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<EnrolablePupilsView> {
    const { divisions, pupils } = await enrolablePupils(enrolmentOf(ctx), ctx.viewer!, { sessionId: idOf(sessionId, 'sessionId'), division });
    return Object.assign(new EnrolablePupilsView(), {
      divisions,
      pupils: pupils.map((p) => Object.assign(new EnrolablePupilView(), { ...p, id: String(p.learnerId) })),
    });
  }

  @LoggedIn()
  @Mutation(() => [CertificationCandidateView], { description: "Enrols school pupils (SCO centres; pre-filled from SIECLE), all or none." })
  async enrolStudentsToSession(@Arg('input', () => EnrolStudentsInput) input: EnrolStudentsInput, @Ctx() ctx: GraphQLContext) {
    const rows = await enrolStudentsToSession(enrolmentOf(ctx), { clock: ctx.clock }, ctx.viewer!, {
      sessionId: idOf(input.sessionId, 'sessionId'),
      organizationLearnerIds: input.organizationLearnerIds.map((id) => idOf(id, 'organizationLearnerIds')),
    });
    return rows.map(toCandidateView);
  }

  @LoggedIn()
  @Mutation(() => CertificationCandidateView, { description: 'Adds a candidate by hand (centres other than SCO).' })
  async addCertificationCandidate(@Arg('input', () => AddCertificationCandidateInput) input: AddCertificationCandidateInput, @Ctx() ctx: GraphQLContext) {
    return toCandidateView(await addCertificationCandidate(enrolmentOf(ctx), { clock: ctx.clock }, ctx.viewer!, { ...input, sessionId: idOf(input.sessionId, 'sessionId') }));
  }

  @LoggedIn()
  @Mutation(() => CertificationCandidateView, { description: "Changes a candidate's extra time, results e-mail or external id, until they joined." })
  async updateCertificationCandidate(@Arg('input', () => UpdateCertificationCandidateInput) input: UpdateCertificationCandidateInput, @Ctx() ctx: GraphQLContext) {
    return toCandidateView(await updateCertificationCandidate(enrolmentOf(ctx), { clock: ctx.clock }, ctx.viewer!, { ...input, candidateId: idOf(input.candidateId, 'candidateId') }));
  }

  @LoggedIn()
  @Mutation(() => Boolean, { description: 'Removes a candidate from the session, until a candidate joined.' })
  removeCertificationCandidate(@Arg('candidateId', () => ID) candidateId: string, @Ctx() ctx: GraphQLContext) {
    return removeCertificationCandidate(enrolmentOf(ctx), ctx.viewer!, idOf(candidateId, 'candidateId'));
  }

  @LoggedIn()
  @Mutation(() => CandidatesImportReportView, {
    description: `Imports the candidates file (the template, CSV; centres other than SCO; at most ${MAX_CANDIDATES_PER_SESSION} candidates a session): every line checked, nothing imported when one has a problem.`,
  })
  async importCertificationCandidates(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('file', () => UploadScalar) file: Promise<FileUpload>,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CandidatesImportReportView> {
    const id = idOf(sessionId, 'sessionId');
    // Who may import is known before the file is read: a refused caller's upload is never received.
    await checkCandidatesImportAllowed(enrolmentOf(ctx), ctx.viewer!, id);
    const content = await receive(await file);
    const report = await importCandidatesFile(enrolmentOf(ctx), { clock: ctx.clock }, ctx.viewer!, { sessionId: id, content });
    const problems = report.problems.map((p) =>
      Object.assign(new CandidatesImportProblemView(), { line: p.line, field: p.field, message: translate(p.key, p.params ?? {}, ctx.locale) }),
    );
    return Object.assign(new CandidatesImportReportView(), {
      importedCount: report.importedCount,
      summary: problems.length ? translate('certificationSessions.errors.file.refused', { count: problems.length }, ctx.locale) : null,
      problems,
    });
  }
}
