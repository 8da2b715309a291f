import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Client, Public, Staff } from '../../graphql/access';
import { PlatformRole } from '../../identity-access-management';
import { pageWindow, toConnection } from '../../shared/graphql/pagination';
import { createApiClient, listApiClients, revokeApiClient, rotateApiClientSecret, updateApiClient } from '../application/api-clients.usecases';
import { integrationRepositories } from '../application/integration-repositories';
import { schoolCampaignResults, schoolCertificationResults, schoolLearners } from '../application/school-reads.usecases';
import type { ApiClientRow, ApiClientUsage } from '../domain/api-client-row';
import { GAR_IDP_SESSION_COOKIE } from '../domain/gar-assertion';
import type { PartnerCertificationResult } from '../../certification/results';
import type { SchoolLearnerRow, SharedCampaignResultRow } from '../domain/school-reads';
import {
  ApiClientSecretView,
  ApiClientView,
  CampaignResultConnection,
  CertificationResultConnection,
  CreateApiClientInput,
  UpdateApiClientInput,
  SchoolLearnerConnection,
  SchoolPageArgs,
  type ApiScopeValue,
  type CertificationStatusValue,
  type LoginMethodValue,
} from './integration.types';

const toLearner = (row: SchoolLearnerRow) => ({ ...row, id: String(row.id), ine: row.nationalStudentId, loginMethods: row.loginMethods as LoginMethodValue[] });
const toCampaignResult = (row: SharedCampaignResultRow) => ({ ...row, id: String(row.participationId), ine: row.nationalStudentId });
const toCertificationResult = (row: PartnerCertificationResult) => ({
  ...row,
  id: String(row.courseId),
  certificationCenter: row.centerName,
  ine: row.nationalStudentId,
  sessionId: String(row.sessionId),
  status: row.status as CertificationStatusValue,
});
const toClient = (row: ApiClientRow & { usage?: ApiClientUsage[] }): ApiClientView =>
  Object.assign(new ApiClientView(), { ...row, scopes: row.scopes as ApiScopeValue[], usage: row.usage ?? [], lastCallAt: row.usage?.[0]?.lastCallAt ?? null });

/** The integrators' reads (client-credentials tokens) and the platform team's API clients. */
@Resolver()
export class IntegrationResolver {
  @Client('organization-learners:read')
  @Query(() => SchoolLearnerConnection, { description: "A school's pupils and how each logs in (scope organization-learners:read, a UAI of the client's)." })
  async organizationLearnersByUai(@Args(() => SchoolPageArgs) args: SchoolPageArgs, @Ctx() ctx: GraphQLContext) {
    const { limit, offset } = pageWindow(args);
    const page = await schoolLearners(integrationRepositories(ctx.em, ctx.clock), ctx.client!, { uai: args.uai, limit, offset });
    return toConnection(page.rows.map(toLearner), page.totalCount, offset);
  }

  @Client('campaign-results:read')
  @Query(() => CampaignResultConnection, { description: "The shared results of a school's campaigns, pupil by pupil (scope campaign-results:read)." })
  async campaignResultsByUai(@Args(() => SchoolPageArgs) args: SchoolPageArgs, @Ctx() ctx: GraphQLContext) {
    const { limit, offset } = pageWindow(args);
    const page = await schoolCampaignResults(integrationRepositories(ctx.em, ctx.clock), ctx.client!, { uai: args.uai, limit, offset });
    return toConnection(page.rows.map(toCampaignResult), page.totalCount, offset);
  }

  @Client('certification-results:read')
  @Query(() => CertificationResultConnection, {
    description: "A school's certification results: its pupils in finalised sessions of its centre (scope certification-results:read); PENDING until published; only published validated results carry scores.",
  })
  async certificationResultsByUai(@Args(() => SchoolPageArgs) args: SchoolPageArgs, @Ctx() ctx: GraphQLContext) {
    const { limit, offset } = pageWindow(args);
    const page = await schoolCertificationResults(integrationRepositories(ctx.em, ctx.clock), ctx.services.content.get(), ctx.client!, { uai: args.uai, limit, offset });
    return toConnection(page.rows.map(toCertificationResult), page.totalCount, offset);
  }

  @Public()
  @Query(() => String, {
    nullable: true,
    description: "Where to end the GAR's own session too (the identity provider's single log-out, through /saml/logout), or null when it advertises none.",
  })
  garSignOutUrl(@Ctx() ctx: GraphQLContext): string | null {
    return ctx.services.integration.gar?.serviceProvider.idp.sloUrl ? '/saml/logout' : null;
  }

  @Public()
  @Query(() => Boolean, {
    description: "Whether this browser's session came from the GAR and the GAR's own session can be ended too (its single log-out): the learner app's log-out then offers it.",
  })
  garSession(@Ctx() ctx: GraphQLContext): boolean {
    const gar = ctx.services.integration.gar;
    if (!gar?.serviceProvider.idp.sloUrl) return false;
    return gar.idpSessions.verify((ctx.req.cookies as Record<string, unknown> | undefined)?.[GAR_IDP_SESSION_COOKIE], gar.iam.clock.now()) !== null;
  }

  @Staff(PlatformRole.SUPER_ADMIN)
  @Query(() => [ApiClientView], { description: 'The API clients and the audit of their calls (platform team).' })
  async apiClients(@Ctx() ctx: GraphQLContext) {
    return (await listApiClients(integrationRepositories(ctx.em, ctx.clock), { clock: ctx.clock })).map(toClient);
  }

  @Staff(PlatformRole.SUPER_ADMIN)
  @Mutation(() => ApiClientSecretView, { description: 'Creates an API client; its secret is shown this once (audited).' })
  async createApiClient(@Arg('input', () => CreateApiClientInput) input: CreateApiClientInput, @Ctx() ctx: GraphQLContext) {
    const issued = await createApiClient(integrationRepositories(ctx.em, ctx.clock), { clock: ctx.clock }, ctx.viewer!, input);
    return { clientId: issued.client.clientId, clientSecret: issued.clientSecret, client: toClient(issued.client) };
  }

  @Staff(PlatformRole.SUPER_ADMIN)
  @Mutation(() => ApiClientSecretView, { description: "Gives a client a new secret (shown once); the old one and its tokens stop working (audited)." })
  async rotateApiClientSecret(@Arg('clientId', () => String) clientId: string, @Ctx() ctx: GraphQLContext) {
    const issued = await rotateApiClientSecret(integrationRepositories(ctx.em, ctx.clock), { clock: ctx.clock }, ctx.viewer!, clientId);
    return { clientId: issued.client.clientId, clientSecret: issued.clientSecret, client: toClient(issued.client) };
  }

  @Staff(PlatformRole.SUPER_ADMIN)
  @Mutation(() => ApiClientView, { description: 'Revokes a client: its secret and tokens are refused from now on (audited).' })
  async revokeApiClient(@Arg('clientId', () => String) clientId: string, @Ctx() ctx: GraphQLContext) {
    return toClient(await revokeApiClient(integrationRepositories(ctx.em, ctx.clock), { clock: ctx.clock }, ctx.viewer!, clientId));
  }

  @Staff(PlatformRole.SUPER_ADMIN)
  @Mutation(() => ApiClientView, {
    description: "Changes a client's name, contact, scopes, UAIs or rate limit (audited); changed scopes or UAIs end its outstanding tokens.",
  })
  async updateApiClient(@Arg('input', () => UpdateApiClientInput) input: UpdateApiClientInput, @Ctx() ctx: GraphQLContext) {
    const { clientId, ...changes } = input;
    const updated = await updateApiClient(integrationRepositories(ctx.em, ctx.clock), { clock: ctx.clock }, ctx.viewer!, clientId, changes);
    const listed = (await listApiClients(integrationRepositories(ctx.em, ctx.clock), { clock: ctx.clock })).find((client) => client.id === updated.id);
    return toClient(listed ?? updated);
  }
}
