import type { GraphQLContext } from '../../../graphql/context';
import { certificationRepositories } from '../application/certification-repositories';
import type { CertificationRepositories } from '../application/dependencies';

/** The certification test's repositories of the request (made once from its entity manager). */
export const repositoriesOf = (ctx: GraphQLContext): CertificationRepositories => certificationRepositories(ctx.em, ctx.services.certification);
