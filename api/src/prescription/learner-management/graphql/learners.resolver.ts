import type { Readable } from 'node:stream';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import {
  AuthenticationMethod,
  ImportJobState,
  ImportedPupilView,
  ImportJobView,
  ImportProblemView,
  LearnersArgs,
  OrganizationLearnerConnection,
  OrganizationLearnerView,
} from './learner.types';
import { UploadScalar, type FileUpload } from '../../../shared/graphql/upload.scalar';
import type { GraphQLContext } from '../../../graphql/context';
import { LoggedIn } from '../../../graphql/access';
import { BadUserInputError } from '../../../shared/domain/errors';
import { pageWindow, toConnection } from '../../../shared/graphql/pagination';
import { organizationAccessOf } from '../../../graphql/organization-access';
import type { ImportJobRow, LearnerRow } from '../domain/learner';
import { getImportJob } from '../application/get-import-job.usecase';
import { listDivisions } from '../application/list-divisions.usecase';
import { listLearners } from '../application/list-learners.usecase';
import { requestSiecleImport } from '../application/import-siecle-file.usecase';
import { learnerRepositories } from '../application/learner-repositories';
import { SIECLE_MAX_BYTES } from '../infrastructure/siecle-file-reader';
import { receiveUpload, UploadTooLargeError } from '../../../shared/infrastructure/uploads/receive-upload';
import { schoolMayManageAccount } from '../domain/school-managed-account';

export const toImportJobView = (job: ImportJobRow): ImportJobView =>
  Object.assign(new ImportJobView(), {
    ...job,
    id: String(job.id),
    state: job.state as ImportJobState,
    errors: job.errors.map((e) => Object.assign(new ImportProblemView(), e)),
    addedPupils: job.addedPupils.map((p) => Object.assign(new ImportedPupilView(), p)),
    leftPupils: job.leftPupils.map((p) => Object.assign(new ImportedPupilView(), p)),
  });

const repositoriesOf = (ctx: GraphQLContext) => learnerRepositories(ctx.em, ctx.services.jobs);

/** Organization.learners (declared in api/src/graphql): the school's pupils (members and the support team). */
export async function learnersOfOrganization(ctx: GraphQLContext, organizationId: number, args: LearnersArgs): Promise<OrganizationLearnerConnection> {
  const window = pageWindow(args);
  const { rows, totalCount } = await listLearners(repositoriesOf(ctx), organizationAccessOf(ctx), {
    organizationId,
    filter: args.filter ?? {},
    page: window,
    sort: args.orderBy,
  });
  return toConnection(rows.map(toLearnerView), totalCount, window.offset);
}

/** Organization.divisions (declared in api/src/graphql): the classes of the current pupils. */
export function divisionsOfOrganization(ctx: GraphQLContext, organizationId: number): Promise<string[]> {
  return listDivisions(repositoriesOf(ctx), organizationAccessOf(ctx), organizationId);
}

function authenticationMethodsOf(row: LearnerRow): AuthenticationMethod[] {
  const methods = [
    ...(row.hasEmail ? [AuthenticationMethod.EMAIL] : []),
    ...(row.hasUsername ? [AuthenticationMethod.USERNAME] : []),
    ...(row.hasGar ? [AuthenticationMethod.GAR] : []),
  ];
  return methods.length ? methods : [AuthenticationMethod.NONE];
}

export function toLearnerView(row: LearnerRow): OrganizationLearnerView {
  return Object.assign(new OrganizationLearnerView(), {
    id: String(row.id),
    firstName: row.firstName,
    lastName: row.lastName,
    birthdate: row.birthdate,
    division: row.division,
    nationalStudentId: row.nationalStudentId,
    hasLeft: row.isDisabled,
    userId: row.userId,
    username: row.username,
    authenticationMethods: authenticationMethodsOf(row),
    accountManagedBySchool: schoolMayManageAccount(row.account),
  });
}

@Resolver()
export class ImportJobResolver {
  @LoggedIn()
  @Query(() => ImportJobView, { description: 'A SIECLE import, for the administrators of its organisation (and the support team, read-only).' })
  async importJob(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ImportJobView> {
    const jobId = Number(id);
    if (!Number.isInteger(jobId) || jobId <= 0) throw new BadUserInputError('id', 'errors.notFound');
    return toImportJobView(await getImportJob(repositoriesOf(ctx), ctx.viewer!, jobId));
  }
}

/** The whole file, received before any work; over 20 MB it is refused with what to do. */
async function receive(upload: FileUpload) {
  try {
    return await receiveUpload(upload.createReadStream() as Readable, SIECLE_MAX_BYTES);
  } catch (error) {
    if (error instanceof UploadTooLargeError) throw new BadUserInputError('file', 'siecle.fileTooLarge', { max: '20 Mo' });
    throw error;
  }
}

@Resolver()
export class SiecleImportResolver {
  @LoggedIn()
  @Mutation(() => ImportJobView, {
    description: 'Imports the SIECLE export (ElevesSansAdresses.xml, or its zip) of a school (its administrators). Poll importJob for progress.',
  })
  async importSiecleFile(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('file', () => UploadScalar) file: Promise<FileUpload>,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ImportJobView> {
    const id = Number(organizationId);
    if (!Number.isInteger(id) || id <= 0) throw new BadUserInputError('organizationId', 'errors.notFound');
    const repositories = repositoriesOf(ctx);
    const organization = await repositories.access.assertAdmin(ctx.viewer!, id);
    if (!organization.isManagingStudents || !organization.uai) throw new BadUserInputError('organizationId', 'errors.notManagingStudents');
    const content = await receive(await file);
    // The file is stored with the import: whichever process takes the job runs it; the console polls the import.
    const job = await requestSiecleImport(repositories, ctx.services.jobs, {
      organizationId: organization.id,
      organizationUai: organization.uai,
      userId: ctx.viewer!.userId,
      locale: ctx.locale,
      file: content,
    });
    return toImportJobView(job);
  }
}
