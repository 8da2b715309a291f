import { Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Staff } from '../../graphql/access';
import { PlatformRole } from '../../identity-access-management';
import { pageWindow, toConnection } from '../../shared/graphql/pagination';
import { translate, type Locale } from '../../shared/i18n/translate';
import type { LearningContent } from '../../learning-content';
import { challengeStatisticsPage, requestChallengeStatisticsRefresh, type ChallengeStatisticsRow } from '../application/challenge-statistics.usecase';
import { challengeStatisticsRepositories } from '../application/evaluation-repositories';
import { challengeDifficulty } from '../domain/challenge-difficulty';
import {
  ChallengeStatisticsArgs,
  ChallengeStatisticsConnection,
  ChallengeStatisticsView,
  DifficultyFlagView,
  LevelSuccessView,
} from './challenge-statistics.types';

/** Content is the content team's (METIER) and the super administrators'; support and certification teams have no use of it. */
const CONTENT_TEAM = [PlatformRole.SUPER_ADMIN, PlatformRole.METIER];

function toView(row: ChallengeStatisticsRow, content: LearningContent, locale: Locale): ChallengeStatisticsView {
  const challenge = content.challenge(row.challengeId);
  const skill = content.skill(row.skillId);
  const competence = content.competence(row.competenceId);
  // The rates of the stored tallies, by the same pure rule as the refresh (no time: the median is stored).
  const difficulty = challengeDifficulty(row.declaredLevel, row.byLevel, []);
  return Object.assign(new ChallengeStatisticsView(), {
    id: challenge?.publicId ?? row.challengeId,
    reference: row.challengeId,
    skillName: skill?.name ?? row.skillId,
    competenceId: row.competenceId,
    competenceCode: competence?.code ?? row.competenceId,
    competenceName: competence ? (locale === 'en' ? competence.nameEn : competence.name) : row.competenceId,
    declaredLevel: row.declaredLevel,
    measuredLevel: difficulty.measuredLevel,
    answers: row.answers,
    successRate: row.answers === 0 ? 0 : row.successes / row.answers,
    skipRate: difficulty.skipRate,
    medianTimeSeconds: row.medianTimeSeconds,
    successByLevel: difficulty.byLevel.map((l) => Object.assign(new LevelSuccessView(), l)),
    flags: row.flags.map((flag) =>
      Object.assign(new DifficultyFlagView(), { code: flag.code, reason: translate(`challengeStatistics.flags.${flag.code}`, flag.params, locale) }),
    ),
  });
}

@Resolver()
export class ChallengeStatisticsResolver {
  @Staff(...CONTENT_TEAM)
  @Query(() => ChallengeStatisticsConnection, {
    description: "Each challenge's measured difficulty, flagged ones first, then by number of answers (SUPER_ADMIN, METIER). Read from the background refresh's figures.",
  })
  async challengeStatistics(@Args(() => ChallengeStatisticsArgs) args: ChallengeStatisticsArgs, @Ctx() ctx: GraphQLContext): Promise<ChallengeStatisticsConnection> {
    const window = pageWindow(args);
    const filter = { competenceId: args.filter?.competenceId || null, flaggedOnly: args.filter?.flaggedOnly ?? false };
    const page = await challengeStatisticsPage(challengeStatisticsRepositories(ctx.em), filter, window);
    const content = ctx.services.content.get();
    const connection = toConnection(page.rows.map((row) => toView(row, content, ctx.locale)), page.totalCount, window.offset);
    return Object.assign(new ChallengeStatisticsConnection(), connection, { refreshedAt: page.refreshedAt });
  }

  @Staff(...CONTENT_TEAM)
  @Mutation(() => Boolean, { description: 'Asks for a refresh of the measured difficulties now (SUPER_ADMIN, METIER); it runs in the background within seconds.' })
  async refreshChallengeStatistics(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    await requestChallengeStatisticsRefresh(challengeStatisticsRepositories(ctx.em, ctx.services.jobs), ctx.services.jobs);
    return true;
  }
}
