import { Arg, Args, ArgsType, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Staff } from '../../graphql/access';
import { PlatformRole } from '../../identity-access-management';
import { browseChallenges, listingOf, type ChallengeListing, type ContentStatus, type LearningContent } from '../../learning-content';
import { NotFoundError } from '../../shared/domain/errors';
import { ConnectionArgs, pageWindow, toConnection } from '../../shared/graphql/pagination';
import { exampleCorrectAnswer } from '../domain/answer-checking';
import { ChallengeView } from './challenge.types';
import {
  CONTENT_TYPES,
  ContentChallengeConnection,
  ContentChallengeRow,
  ContentChallengesFilter,
  ContentChallengeView,
  ContentTutorialView,
  TYPE_VALUES,
  type ToleranceValue,
} from './content-challenge.types';

@ArgsType()
class ContentChallengesArgs extends ConnectionArgs {
  @Field(() => ContentChallengesFilter, { nullable: true }) filter?: ContentChallengesFilter | null;
}

const row = (content: LearningContent, listing: ChallengeListing) => ContentChallengeRow.from(listing, content.publicIdOf(listing.challenge.id));

function toView(content: LearningContent, listing: ChallengeListing, locale: GraphQLContext['locale']): ContentChallengeView {
  const { challenge, skill, tube, competence } = listing;
  const preview = ChallengeView.from(challenge, locale);
  const en = locale === 'en';
  const tutorials = [
    ...skill.tutorialIds.map((id) => [id, false] as const),
    ...skill.learnMoreTutorialIds.map((id) => [id, true] as const),
  ].flatMap(([id, learnMore]) => {
    const tutorial = content.tutorial(id);
    return tutorial ? [ContentTutorialView.from(tutorial, learnMore)] : [];
  });
  return Object.assign(new ContentChallengeView(), {
    id: preview.id,
    reference: challenge.id,
    type: TYPE_VALUES[challenge.type],
    status: challenge.status,
    preview,
    skill: {
      id: skill.id,
      name: skill.name,
      level: skill.level,
      hint: skill.hint,
      tube: { id: tube.id, name: tube.name, title: en && tube.titleEn ? tube.titleEn : tube.title },
      competence: { id: competence.id, code: competence.code, name: en ? competence.nameEn : competence.name },
    },
    solution: JSON.stringify(challenge.solution),
    fields: challenge.fields ? JSON.stringify(challenge.fields) : null,
    tolerancesOff: challenge.tolerancesOff as ToleranceValue[],
    timer: challenge.timer,
    instructionFr: challenge.instruction,
    instructionEn: challenge.instructionEn,
    exampleCorrectAnswer: exampleCorrectAnswer(challenge),
    alternatives: content
      .challengesOf(skill.id)
      .filter((other) => other.id !== challenge.id)
      .sort((a, b) => a.id.localeCompare(b.id, 'fr'))
      .map((other) => row(content, { challenge: other, skill, tube, competence })),
    tutorials,
  });
}

/** The content team's reads of the release (SUPER_ADMIN, METIER): its challenges, listed and one by one. */
@Resolver()
export class ContentChallengeResolver {
  @Staff(PlatformRole.SUPER_ADMIN, PlatformRole.METIER)
  @Query(() => ContentChallengeView, {
    description: 'Content preview, for the content team (SUPER_ADMIN, METIER): by the opaque id learners see, or by the readable reference.',
  })
  contentChallenge(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): ContentChallengeView {
    const content = ctx.services.content.get();
    const listing = listingOf(content, id);
    if (!listing) throw new NotFoundError();
    return toView(content, listing, ctx.locale);
  }

  @Staff(PlatformRole.SUPER_ADMIN, PlatformRole.METIER)
  @Query(() => ContentChallengeConnection, {
    description: "The release's challenges, searched and filtered, by competence, tube, level and reference, for the content team (SUPER_ADMIN, METIER).",
  })
  contentChallenges(@Args(() => ContentChallengesArgs) args: ContentChallengesArgs, @Ctx() ctx: GraphQLContext): ContentChallengeConnection {
    const { limit, offset } = pageWindow(args);
    const content = ctx.services.content.get();
    const filter = args.filter ?? {};
    const listings = browseChallenges(content, {
      ...filter,
      types: filter.types?.map((type) => CONTENT_TYPES[type]) ?? null,
      status: filter.status ? (filter.status.toLowerCase() as ContentStatus) : null,
    });
    const page = listings.slice(offset, offset + limit).map((listing) => row(content, listing));
    return toConnection(page, listings.length, offset) as ContentChallengeConnection;
  }
}
