import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Staff } from '../../graphql/access';
import { PlatformRole } from '../../identity-access-management';
import { NotFoundError } from '../../shared/domain/errors';
import { exampleCorrectAnswer } from '../domain/answer-checking';
import { ChallengeTypeValue, ChallengeView } from './challenge.types';

@ObjectType('ContentTube', { simpleResolvers: true })
class ContentTubeView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) title!: string;
}

@ObjectType('ContentCompetenceRef', { simpleResolvers: true })
class ContentCompetenceRef {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
}

@ObjectType('ContentSkill', { simpleResolvers: true })
class ContentSkillView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) level!: number;
  @Field(() => String) hint!: string;
  @Field(() => ContentTubeView) tube!: ContentTubeView;
  @Field(() => ContentCompetenceRef) competence!: ContentCompetenceRef;
}

/** A challenge with what only the content team may see: its skill, level and solution. */
@ObjectType('ContentChallenge', { simpleResolvers: true })
class ContentChallengeView {
  @Field(() => ID, { description: 'The opaque id learners see.' }) id!: string;
  @Field(() => String, { description: 'The readable reference of the content files (names the skill and level).' }) reference!: string;
  @Field(() => ChallengeTypeValue) type!: ChallengeTypeValue;
  @Field(() => String) status!: string;
  @Field(() => ChallengeView, { description: 'What the learner sees.' }) preview!: ChallengeView;
  @Field(() => ContentSkillView) skill!: ContentSkillView;
  @Field(() => String, { description: 'The solution as stored in the release (JSON).' }) solution!: string;
  @Field(() => String, { description: 'A value answerChallenge accepts as ok.' }) exampleCorrectAnswer!: string;
}

@Resolver()
export class ContentChallengeResolver {
  @Staff(PlatformRole.SUPER_ADMIN, PlatformRole.METIER)
  @Query(() => ContentChallengeView, {
    description: 'Content preview, for the content team (SUPER_ADMIN, METIER): by the opaque id learners see, or by the readable reference.',
  })
  contentChallenge(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): ContentChallengeView {
    const content = ctx.services.content.get();
    const challenge = content.challengeOfPublicId(id) ?? content.challenge(id);
    if (!challenge) throw new NotFoundError();
    const skill = content.skill(challenge.skillId)!;
    const tube = content.tube(skill.tubeId)!;
    const competence = content.competence(skill.competenceId)!;
    const preview = ChallengeView.from(challenge, ctx.locale);
    return Object.assign(new ContentChallengeView(), {
      id: preview.id,
      reference: challenge.id,
      type: preview.type,
      status: challenge.status,
      preview,
      skill: Object.assign(new ContentSkillView(), {
        id: skill.id,
        name: skill.name,
        level: skill.level,
        hint: skill.hint,
        tube: Object.assign(new ContentTubeView(), { id: tube.id, name: tube.name, title: tube.title }),
        competence: Object.assign(new ContentCompetenceRef(), { id: competence.id, code: competence.code }),
      }),
      solution: JSON.stringify(challenge.solution),
      exampleCorrectAnswer: exampleCorrectAnswer(challenge),
    });
  }
}
