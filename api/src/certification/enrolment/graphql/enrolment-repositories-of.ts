import type { GraphQLContext } from '../../../graphql/context';
import { enrolmentRepositories, type EnrolmentRepositories } from '../application/enrolment-repositories';

/** Enrolment's repositories of the request (no statement is issued to make them). */
export const enrolmentOf = (ctx: GraphQLContext): EnrolmentRepositories => enrolmentRepositories(ctx.em, { clock: ctx.clock });
