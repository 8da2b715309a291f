import type { GraphQLContext } from '../../../graphql/context';
import { teamRepositories, type TeamRepositories } from '../../../team';

/** The team use cases' repositories of the request: a centre's team goes through team's members and invitations. */
export const teamOf = (ctx: GraphQLContext): TeamRepositories => teamRepositories(ctx.em, { clock: ctx.clock, mailer: ctx.services.iam.mailer });
