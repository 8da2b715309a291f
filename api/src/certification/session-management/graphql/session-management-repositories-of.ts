import type { GraphQLContext } from '../../../graphql/context';
import { sessionManagementRepositories, type SessionManagementRepositories } from '../application/session-management-repositories';

/** Session-management's repositories of the request (no statement is issued to make them). */
export const sessionManagementOf = (ctx: GraphQLContext): SessionManagementRepositories => sessionManagementRepositories(ctx.em, { clock: ctx.clock });
