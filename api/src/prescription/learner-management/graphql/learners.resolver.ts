import type { Readable } from 'node:stream';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { UploadScalar, type FileUpload } from '../../../shared/graphql/upload.scalar';
import type { GraphQLContext } from '../../../graphql/context';
import { LoggedIn } from '../../../graphql/access';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../../shared/domain/errors';
import { Connection, ConnectionArgs, pageWindow, toConnection } from '../../../shared/graphql/pagination';
import { PlatformRole } from '../../../identity-access-management/domain/platform-role';
import { OrganizationView } from '../../../organizational-entities/graphql/organization.types';
import { assertOrganizationAdmin } from '../../../team/application/team-management.usecases';
import { divisionsOf, listLearners, type LearnerRow } from '../infrastructure/organization-learner.repository';
import { createImportJob, findImportJob, runSiecleImport } from '../application/import-siecle-file.usecase';

export enum AuthenticationMethod {
  EMAIL = 'EMAIL',
  USERNAME = 'USERNAME',
  GAR = 'GAR',
  NONE = 'NONE',
}
export enum ImportJobState {
  PENDING = 'PENDING',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(AuthenticationMethod, { name: 'AuthenticationMethod', description: 'How a pupil logs in (NONE: no account yet).' });
registerEnumType(ImportJobState, { name: 'ImportJobState' });

@ObjectType('OrganizationLearner', { simpleResolvers: true })
export class OrganizationLearnerView {
  @Field(() => ID) id!: string;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ' }) birthdate!: string | null;
  @Field(() => String, { nullable: true, description: 'Class.' }) division!: string | null;
  @Field(() => String, { nullable: true, description: 'INE.' }) nationalStudentId!: string | null;
  @Field(() => Boolean, { description: 'Left the school (no longer in the SIECLE file).' }) hasLeft!: boolean;
  @Field(() => [AuthenticationMethod]) authenticationMethods!: AuthenticationMethod[];
  userId!: number | null;
}

@ObjectType()
export class OrganizationLearnerConnection extends Connection(OrganizationLearnerView, 'OrganizationLearner') {}

@InputType()
export class LearnerFilter {
  @Field(() => String, { nullable: true }) division?: string;
  @Field(() => String, { nullable: true, description: 'Part of a first or last name.' }) search?: string;
  @Field(() => Boolean, { nullable: true, description: 'Include the pupils who left.' }) includeLeft?: boolean;
}

@ArgsType()
class LearnersArgs extends ConnectionArgs {
  @Field(() => LearnerFilter, { nullable: true }) filter?: LearnerFilter;
}

@ObjectType('ImportProblem', { simpleResolvers: true })
export class ImportProblemView {
  @Field(() => String) code!: string;
  @Field(() => String) message!: string;
  @Field(() => Int, { nullable: true }) line!: number | null;
}

@ObjectType('ImportJob', { simpleResolvers: true })
export class ImportJobView {
  @Field(() => ID) id!: string;
  @Field(() => ImportJobState) state!: ImportJobState;
  @Field(() => Int, { description: '0 to 100.' }) progress!: number;
  @Field(() => Int, { nullable: true }) pupilsAdded!: number | null;
  @Field(() => Int, { nullable: true }) pupilsUpdated!: number | null;
  @Field(() => Int, { nullable: true }) pupilsLeft!: number | null;
  @Field(() => [ImportProblemView], { description: 'What to fix, when the file was refused.' }) errors!: ImportProblemView[];
}

const SUPPORT = [PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT];

/** Members of the organisation and the support team see its pupils. */
async function assertMemberOrSupport(ctx: GraphQLContext, organizationId: number) {
  if (ctx.viewer?.platformRole && SUPPORT.includes(ctx.viewer.platformRole)) return;
  const memberships = await ctx.loaders.team.membershipsByUser.load(ctx.viewer!.userId);
  if (!memberships.some((m) => m.organizationId === organizationId)) throw new ForbiddenError();
}

export const toImportJobView = (job: NonNullable<Awaited<ReturnType<typeof findImportJob>>>): ImportJobView =>
  Object.assign(new ImportJobView(), {
    ...job,
    id: String(job.id),
    state: job.state as ImportJobState,
    errors: job.errors.map((e) => Object.assign(new ImportProblemView(), e)),
  });

@Resolver(() => OrganizationView)
export class OrganizationLearnersResolver {
  @FieldResolver(() => OrganizationLearnerConnection, { description: "The school's pupils (members and the support team)." })
  async learners(@Root() organization: OrganizationView, @Args(() => LearnersArgs) args: LearnersArgs, @Ctx() ctx: GraphQLContext) {
    await assertMemberOrSupport(ctx, organization.organizationId);
    const window = pageWindow(args);
    const { rows, totalCount } = await listLearners(ctx.em, organization.organizationId, args.filter ?? {}, window);
    return toConnection(rows.map(toLearnerView), totalCount, window.offset);
  }

  @FieldResolver(() => [String], { description: 'The classes of the current pupils.' })
  async divisions(@Root() organization: OrganizationView, @Ctx() ctx: GraphQLContext): Promise<string[]> {
    await assertMemberOrSupport(ctx, organization.organizationId);
    return divisionsOf(ctx.em, organization.organizationId);
  }
}

function authenticationMethodsOf(row: LearnerRow): AuthenticationMethod[] {
  const methods = [
    ...(row.hasEmail ? [AuthenticationMethod.EMAIL] : []),
    ...(row.hasUsername ? [AuthenticationMethod.USERNAME] : []),
  ];
  return methods.length ? methods : [AuthenticationMethod.NONE];
}

function toLearnerView(row: LearnerRow): OrganizationLearnerView {
  return Object.assign(new OrganizationLearnerView(), {
    id: String(row.id),
    firstName: row.firstName,
    lastName: row.lastName,
    birthdate: row.birthdate,
    division: row.division,
    nationalStudentId: row.nationalStudentId,
    hasLeft: row.isDisabled,
    userId: row.userId,
    authenticationMethods: authenticationMethodsOf(row),
  });
}

@Resolver()
export class ImportJobResolver {
  @LoggedIn()
  @Query(() => ImportJobView, { description: 'A SIECLE import, for the administrators of its organisation.' })
  async importJob(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ImportJobView> {
    const jobId = Number(id);
    if (!Number.isInteger(jobId) || jobId <= 0) throw new BadUserInputError('id', 'errors.notFound');
    const job = await findImportJob(ctx.em, jobId);
    if (!job) throw new NotFoundError();
    await assertOrganizationAdmin(ctx.em, ctx.viewer!, job.organizationId);
    return toImportJobView(job);
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
    const organization = await assertOrganizationAdmin(ctx.em, ctx.viewer!, id);
    if (!organization.isManagingStudents || !organization.uai) throw new BadUserInputError('organizationId', 'errors.notManagingStudents');
    const upload = await file;
    const job = await createImportJob(ctx.em, organization.id, ctx.viewer!.userId);
    // The file is kept by graphql-upload in a temporary file: the import goes on after this answer.
    void runSiecleImport(
      { orm: ctx.services.orm, clock: ctx.clock, logger: ctx.logger },
      { id: job.id, organizationId: organization.id, organizationUai: organization.uai, locale: ctx.locale },
      upload.createReadStream() as Readable,
    );
    return toImportJobView(job);
  }
}
