import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('CampaignParticipationStats', {
  simpleResolvers: true,
  description: '"Activité": the participations that count, split by state (an earlier sending of a profile is not counted).',
})
export class CampaignParticipationStatsView {
  @Field(() => Int) total!: number;
  @Field(() => Int, { description: '"Non terminé": the test is in progress.' }) started!: number;
  @Field(() => Int, { description: '"Terminé et résultats NON envoyés".' }) toShare!: number;
  @Field(() => Int, { description: '"Terminé et résultats envoyés".' }) shared!: number;
}

@ObjectType('CampaignParticipant', { simpleResolvers: true, description: 'The pupil (organisation learner) behind a participation.' })
export class CampaignParticipantView {
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String, { nullable: true, description: 'The class, for a school managing its pupils.' }) division!: string | null;
}

@ObjectType('CampaignCompetenceCollectiveResult', { simpleResolvers: true })
export class CampaignCompetenceCollectiveResultView {
  /** Internal: `competence` is declared in api/src/graphql (a content type). */
  competenceId!: string;
  @Field(() => String) areaCode!: string;
  @Field(() => String) areaName!: string;
  @Field(() => Int, { description: "The campaign's skills of the competence." }) targetedSkillsCount!: number;
  @Field(() => Int, { description: 'Validated skills summed over the shared participations.' }) validatedSkillsCount!: number;
  @Field(() => Float, { description: 'Validated skills per shared participant.' }) averageValidatedSkills!: number;
  @Field(() => Float, { description: '0 to 1: averageValidatedSkills / targetedSkillsCount.' }) masteryRate!: number;
}

@ObjectType('CampaignCollectiveResults', { simpleResolvers: true, description: '"Résultats collectifs": per competence of the campaign, sorted by code.' })
export class CampaignCollectiveResultsView {
  @Field(() => Int) sharedParticipationsCount!: number;
  @Field(() => [CampaignCompetenceCollectiveResultView]) competences!: CampaignCompetenceCollectiveResultView[];
}

@ObjectType('Tube', { simpleResolvers: true, description: 'A tube ("sujet") of the framework: skills of one topic, by level.' })
export class TubeView {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Technical name, e.g. @moteurRecherche.' }) name!: string;
  @Field(() => String, { description: 'The title shown to people.' }) practicalTitle!: string;
}

@ObjectType('CampaignTubeRecommendation', { simpleResolvers: true })
export class CampaignTubeRecommendationView {
  @Field(() => TubeView) tube!: TubeView;
  /** Internal: `competence` and `tutorials` are declared in api/src/graphql (content and evaluation types). */
  competenceId!: string;
  tutorialIds!: string[];
  tutorialPreferences!: { saved: Set<string>; liked: Set<string> };
  @Field(() => Float, { description: 'Average over the shared participants of the score out of 100: lower means more recommended.' })
  averageScore!: number;
  @Field(() => Int, { description: 'Dots: 4 "très fortement recommandé" … 1 "modérément recommandé".' }) level!: number;
  @Field(() => String, { description: 'The level in words, in the viewer\'s language.' }) levelLabel!: string;
}

@ObjectType('CampaignAnalysis', { simpleResolvers: true, description: '"Analyse": the tubes of the campaign, most recommended first (empty before any sharing).' })
export class CampaignAnalysisView {
  @Field(() => [CampaignTubeRecommendationView]) tubes!: CampaignTubeRecommendationView[];
}
