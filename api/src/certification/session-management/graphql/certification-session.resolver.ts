import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../graphql/context';
import { sessionManagementOf } from './session-management-repositories-of';
import { LoggedIn } from '../../../graphql/access';
import {
  createCertificationSession,
  deleteCertificationSession,
  getCertificationSession,
  updateCertificationSession,
} from '../application/certification-sessions.usecases';
import { assertCenterMember } from '../application/center-access';
import { idOf, toSessionView } from './session-management.mappers';
import { CertificationSessionView, CreateCertificationSessionInput, UpdateCertificationSessionInput } from './session-management.types';

/** Sessions of a centre: planned, changed and deleted by its members until a candidate joined. */
@Resolver()
export class CertificationSessionResolver {
  @LoggedIn()
  @Query(() => CertificationSessionView, { description: 'A session (members of its centre and the platform team).' })
  async certificationSession(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<CertificationSessionView> {
    const { session, center, role } = await getCertificationSession(sessionManagementOf(ctx), ctx.viewer!, idOf(id, 'id'));
    return toSessionView(session, center, role, ctx.locale);
  }

  @LoggedIn()
  @Mutation(() => CertificationSessionView, { description: 'Plans a session (members of the centre): its number, access code and invigilator password come back.' })
  async createCertificationSession(@Arg('input', () => CreateCertificationSessionInput) input: CreateCertificationSessionInput, @Ctx() ctx: GraphQLContext) {
    const centerId = idOf(input.certificationCenterId, 'certificationCenterId');
    const created = await createCertificationSession(sessionManagementOf(ctx), { clock: ctx.clock }, ctx.viewer!, { ...input, certificationCenterId: centerId });
    const { session, center, role } = await getCertificationSession(sessionManagementOf(ctx), ctx.viewer!, created.id);
    return toSessionView(session, center, role, ctx.locale);
  }

  @LoggedIn()
  @Mutation(() => CertificationSessionView, { description: "Changes a session's details (members of the centre), until a candidate joined." })
  async updateCertificationSession(@Arg('input', () => UpdateCertificationSessionInput) input: UpdateCertificationSessionInput, @Ctx() ctx: GraphQLContext) {
    const updated = await updateCertificationSession(sessionManagementOf(ctx), { clock: ctx.clock }, ctx.viewer!, { ...input, sessionId: idOf(input.sessionId, 'sessionId') });
    const { center, role } = await assertCenterMember(sessionManagementOf(ctx), ctx.viewer!, updated.certificationCenterId);
    return toSessionView(updated, center, role, ctx.locale);
  }

  @LoggedIn()
  @Mutation(() => Boolean, { description: 'Deletes a session and its candidates (members of the centre), until a candidate joined.' })
  deleteCertificationSession(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: GraphQLContext) {
    return deleteCertificationSession(sessionManagementOf(ctx), ctx.viewer!, idOf(sessionId, 'sessionId'));
  }
}
