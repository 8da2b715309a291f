import type { GraphQLContext } from '../../graphql/context';
import { teamRepositories, type TeamRepositories } from '../application/team-repositories';

/** The team use cases' repositories of a request, on its entity manager (audit rows dated by its clock, e-mails through the outbox). */
export const teamRepositoriesOf = (ctx: GraphQLContext): TeamRepositories => teamRepositories(ctx.em, { clock: ctx.clock, mailer: ctx.services.iam.mailer });
