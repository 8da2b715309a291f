import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ChallengeListing, ChallengeType as ContentChallengeType, Tutorial } from '../../learning-content';
import { Connection } from '../../shared/graphql/pagination';
import { ChallengeTypeValue, ChallengeView } from './challenge.types';

/** The content team's views of the release's challenges (Pix Admin's "Contenu"). */

export enum ToleranceValue {
  T1 = 'T1',
  T2 = 'T2',
  T3 = 'T3',
}
registerEnumType(ToleranceValue, {
  name: 'Tolerance',
  valuesConfig: {
    T1: { description: 'Spaces, case and accents.' },
    T2: { description: 'Punctuation.' },
    T3: { description: 'Edit distance (a typing slip).' },
  },
});

export enum ContentStatusValue {
  VALIDATED = 'VALIDATED',
  ARCHIVED = 'ARCHIVED',
  OBSOLETE = 'OBSOLETE',
}
registerEnumType(ContentStatusValue, { name: 'ContentStatus' });

export const CONTENT_TYPES: Record<ChallengeTypeValue, ContentChallengeType> = {
  QCU: 'QCU',
  QCM: 'QCM',
  QROC: 'QROC',
  QROCM_IND: 'QROCM-ind',
  QROCM_DEP: 'QROCM-dep',
};
export const TYPE_VALUES = Object.fromEntries(Object.entries(CONTENT_TYPES).map(([value, type]) => [type, value])) as Record<ContentChallengeType, ChallengeTypeValue>;

@ObjectType('ContentTube', { simpleResolvers: true })
export class ContentTubeView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) title!: string;
}

@ObjectType('ContentCompetenceRef', { simpleResolvers: true })
export class ContentCompetenceRef {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
}

@ObjectType('ContentSkill', { simpleResolvers: true })
export class ContentSkillView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) level!: number;
  @Field(() => String) hint!: string;
  @Field(() => ContentTubeView) tube!: ContentTubeView;
  @Field(() => ContentCompetenceRef) competence!: ContentCompetenceRef;
}

/** A line of the content team's list of challenges. */
@ObjectType('ContentChallengeRow', { simpleResolvers: true })
export class ContentChallengeRow {
  @Field(() => ID, { description: 'The opaque id learners see.' }) id!: string;
  @Field(() => String, { description: 'The readable reference of the content files.' }) reference!: string;
  @Field(() => ChallengeTypeValue) type!: ChallengeTypeValue;
  @Field(() => ContentStatusValue) status!: ContentStatusValue;
  @Field(() => Int) level!: number;
  @Field(() => String) skillName!: string;
  @Field(() => String) tubeTitle!: string;
  @Field(() => String) competenceCode!: string;
  @Field(() => String, { description: 'The French instruction (Markdown).' }) instruction!: string;
  @Field(() => Int, { nullable: true }) timer!: number | null;
  @Field(() => Boolean, { description: 'A file to download.' }) hasFile!: boolean;
  @Field(() => Boolean) hasIllustration!: boolean;
  @Field(() => Boolean, { description: 'A simulator.' }) hasEmbed!: boolean;
  @Field(() => Boolean, { description: 'Also served in English.' }) hasEnglish!: boolean;

  static from({ challenge, skill, tube, competence }: ChallengeListing, publicId: string): ContentChallengeRow {
    return Object.assign(new ContentChallengeRow(), {
      id: publicId,
      reference: challenge.id,
      type: TYPE_VALUES[challenge.type],
      status: challenge.status.toUpperCase() as ContentStatusValue,
      level: skill.level,
      skillName: skill.name,
      tubeTitle: tube.title,
      competenceCode: competence.code,
      instruction: challenge.instruction,
      timer: challenge.timer,
      hasFile: challenge.attachment !== null,
      hasIllustration: challenge.illustration !== null,
      hasEmbed: !!challenge.embed,
      hasEnglish: challenge.instructionEn !== null,
    });
  }
}

@ObjectType('ContentChallengeConnection')
export class ContentChallengeConnection extends Connection(ContentChallengeRow, 'ContentChallenge') {}

@InputType('ContentChallengesFilter')
export class ContentChallengesFilter {
  @Field(() => String, { nullable: true, description: 'Words of the reference, instructions, proposals, solution, skill or tube (accents and case aside).' })
  search?: string | null;
  @Field(() => [ChallengeTypeValue], { nullable: true }) types?: ChallengeTypeValue[] | null;
  @Field(() => Int, { nullable: true }) level?: number | null;
  @Field(() => ContentStatusValue, { nullable: true }) status?: ContentStatusValue | null;
  @Field(() => Boolean, { nullable: true, description: 'With (true) or without (false) a file to download.' }) hasFile?: boolean | null;
  @Field(() => Boolean, { nullable: true }) timed?: boolean | null;
  @Field(() => Boolean, { nullable: true }) hasEnglish?: boolean | null;
  @Field(() => ID, { nullable: true }) competenceId?: string | null;
  @Field(() => ID, { nullable: true }) tubeId?: string | null;
  @Field(() => ID, { nullable: true }) skillId?: string | null;
}

@ObjectType('ContentTutorial', { simpleResolvers: true })
export class ContentTutorialView {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) source!: string;
  @Field(() => String) format!: string;
  @Field(() => Int, { description: 'Minutes.' }) duration!: number;
  @Field(() => String) link!: string;
  @Field(() => String) locale!: string;
  @Field(() => Boolean, { description: '"En savoir plus" (otherwise "Comprendre").' }) learnMore!: boolean;

  static from(tutorial: Tutorial, learnMore: boolean): ContentTutorialView {
    const { id, title, source, format, durationMinutes, link, locale } = tutorial;
    return Object.assign(new ContentTutorialView(), { id, title, source, format, duration: durationMinutes, link, locale, learnMore });
  }
}

/** A challenge with what only the content team may see: its skill, level and solution. */
@ObjectType('ContentChallenge', { simpleResolvers: true })
export class ContentChallengeView {
  @Field(() => ID, { description: 'The opaque id learners see.' }) id!: string;
  @Field(() => String, { description: 'The readable reference of the content files (names the skill and level).' }) reference!: string;
  @Field(() => ChallengeTypeValue) type!: ChallengeTypeValue;
  @Field(() => String) status!: string;
  @Field(() => ChallengeView, { description: 'What the learner sees.' }) preview!: ChallengeView;
  @Field(() => ContentSkillView) skill!: ContentSkillView;
  @Field(() => String, { description: 'The solution as stored in the release (JSON).' }) solution!: string;
  @Field(() => String, { nullable: true, description: 'The input fields as written in the content files (JSON), for a QROC or QROCM.' }) fields!: string | null;
  @Field(() => [ToleranceValue], { description: 'The tolerances turned off (all are on otherwise).' }) tolerancesOff!: ToleranceValue[];
  @Field(() => Int, { nullable: true, description: 'Seconds, for a timed challenge.' }) timer!: number | null;
  @Field(() => String) instructionFr!: string;
  @Field(() => String, { nullable: true, description: 'The English instruction, when the challenge is also served in English.' }) instructionEn!: string | null;
  @Field(() => String, { description: 'A value answerChallenge accepts as ok.' }) exampleCorrectAnswer!: string;
  @Field(() => [ContentChallengeRow], { description: 'The other challenges of the same skill (alternatives, "jeux de valeurs").' }) alternatives!: ContentChallengeRow[];
  @Field(() => [ContentTutorialView], { description: "The skill's tutorials: \"Comprendre\" then \"En savoir plus\"." }) tutorials!: ContentTutorialView[];
}
