import { Arg, Ctx, Field, ID, Mutation, ObjectType, registerEnumType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../graphql/context';
import { LoggedIn } from '../../../graphql/access';
import { NotFoundError } from '../../../shared/domain/errors';
import { translate, type Locale } from '../../../shared/i18n/translate';
import { schoolMayManageAccount, UnmanagedAccountReason, unmanagedAccountMessageKey } from '../domain/school-managed-account';
import { generateUsernamesWithTemporaryPasswords } from '../application/generate-usernames-with-temporary-passwords.usecase';
import type { PupilAccountsDeps, PupilCredentials, UnmanagedPupilAccount } from '../application/pupil-accounts';
import { resetPupilPassword } from '../application/reset-pupil-password.usecase';
import { learnerRepositories } from '../application/learner-repositories';
import type { PupilAccountRow } from '../domain/learner';
import { AuthenticationMethod, OrganizationLearnerView } from './learner.types';

@ObjectType('LearnerCredentials', { simpleResolvers: true, description: 'What to hand to a pupil: shown once, never stored in clear.' })
export class LearnerCredentialsView {
  @Field(() => OrganizationLearnerView) learner!: OrganizationLearnerView;
  @Field(() => String) username!: string;
  @Field(() => String, { description: 'To change at first log-in.' }) temporaryPassword!: string;
}

registerEnumType(UnmanagedAccountReason, {
  name: 'UnmanagedAccountReason',
  description: "Why a school may not manage a pupil's account.",
  valuesConfig: {
    EMAIL_ACCOUNT: { description: 'The pupil logs in with an e-mail address ("Mot de passe oublié ?" is theirs to use).' },
    PERSONAL_ACCOUNT: { description: 'The account of a member of an organisation or of the platform team.' },
  },
});

@ObjectType('UnmanagedLearnerAccount', { simpleResolvers: true, description: "A pupil whose account is the pupil's own: left untouched." })
export class UnmanagedLearnerAccountView {
  @Field(() => OrganizationLearnerView) learner!: OrganizationLearnerView;
  @Field(() => UnmanagedAccountReason) reason!: UnmanagedAccountReason;
  @Field(() => String, { description: 'Why, and what the pupil can do, in the viewer\'s language.' }) message!: string;
}

@ObjectType('GeneratedCredentials', { simpleResolvers: true })
export class GeneratedCredentialsView {
  @Field(() => [LearnerCredentialsView]) credentials!: LearnerCredentialsView[];
  @Field(() => [OrganizationLearnerView], { description: 'Selected pupils who already had a username: unchanged.' })
  alreadyWithUsername!: OrganizationLearnerView[];
  @Field(() => [UnmanagedLearnerAccountView], {
    description: "Selected pupils whose account is their own (e-mail address, platform team, member of an organisation): unchanged.",
  })
  accountsNotManaged!: UnmanagedLearnerAccountView[];
  @Field(() => String, { description: 'The sheet to hand out: CSV with semicolons, UTF-8 with a BOM.' }) csv!: string;
  @Field(() => String) fileName!: string;
}

const toLearner = (p: PupilAccountRow, username: string | null): OrganizationLearnerView =>
  Object.assign(new OrganizationLearnerView(), {
    id: String(p.learnerId),
    firstName: p.firstName,
    lastName: p.lastName,
    birthdate: p.birthdate,
    division: p.division,
    nationalStudentId: p.nationalStudentId,
    hasLeft: false,
    userId: p.userId,
    username,
    accountManagedBySchool: schoolMayManageAccount(p.account),
    authenticationMethods: [...(p.email ? [AuthenticationMethod.EMAIL] : []), ...(username ? [AuthenticationMethod.USERNAME] : [])],
  });

const toCredentials = (c: PupilCredentials) =>
  Object.assign(new LearnerCredentialsView(), { learner: toLearner(c.pupil, c.username), username: c.username, temporaryPassword: c.temporaryPassword });

const toUnmanaged = (u: UnmanagedPupilAccount, locale: Locale) =>
  Object.assign(new UnmanagedLearnerAccountView(), {
    learner: toLearner(u.pupil, u.pupil.username),
    reason: u.reason,
    message: translate(unmanagedAccountMessageKey(u.reason), {}, locale),
  });

function organizationIdOf(id: string): number {
  const n = Number(id);
  if (!Number.isInteger(n) || n <= 0) throw new NotFoundError('errors.organizationUnknown');
  return n;
}

const deps = (ctx: GraphQLContext): PupilAccountsDeps => ({ clock: ctx.clock, hasher: ctx.services.iam.hasher, sessions: ctx.services.iam.sessions });
const day = (ctx: GraphQLContext) => ctx.clock.now().toISOString().slice(0, 10);

@Resolver()
export class PupilAccountsResolver {
  @LoggedIn()
  @Mutation(() => GeneratedCredentialsView, {
    description:
      "Gives the selected pupils (administrators of their school) a username and a temporary password to change at first log-in. Pupils whose account is their own are left untouched (accountsNotManaged).",
  })
  async generateUsernamesWithTemporaryPasswords(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('learnerIds', () => [ID]) learnerIds: string[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<GeneratedCredentialsView> {
    const result = await generateUsernamesWithTemporaryPasswords(learnerRepositories(ctx.em, ctx.services.jobs), deps(ctx), ctx.viewer!, {
      organizationId: organizationIdOf(organizationId),
      learnerIds,
      locale: ctx.locale,
    });
    return Object.assign(new GeneratedCredentialsView(), {
      credentials: result.credentials.map(toCredentials),
      alreadyWithUsername: result.alreadyWithUsername.map((p) => toLearner(p, p.username)),
      accountsNotManaged: result.accountsNotManaged.map((u) => toUnmanaged(u, ctx.locale)),
      csv: result.csv,
      fileName: `identifiants-eleves-${day(ctx)}.csv`,
    });
  }

  @LoggedIn()
  @Mutation(() => LearnerCredentialsView, {
    description:
      "Gives a pupil who logs in with a username a new temporary password (administrators of the school). Refused (BAD_USER_INPUT, with what the pupil can do) when the pupil's account is their own.",
  })
  async resetLearnerPassword(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('learnerId', () => ID) learnerId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LearnerCredentialsView> {
    const result = await resetPupilPassword(learnerRepositories(ctx.em, ctx.services.jobs), deps(ctx), ctx.viewer!, {
      organizationId: organizationIdOf(organizationId),
      learnerId,
      locale: ctx.locale,
    });
    return toCredentials(result);
  }
}
