import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { LoggedIn } from '../../graphql/access';
import { ForbiddenError } from '../../shared/domain/errors';
import { evaluationRepositories } from '../application/evaluation-repositories';
import { setTutorialPreference, type TutorialPreference } from '../application/tutorial-preferences.usecase';
import { TutorialView } from './challenge.types';

async function toggle(ctx: GraphQLContext, tutorialId: string, preference: TutorialPreference, on: boolean): Promise<TutorialView> {
  const content = ctx.services.content.get();
  const userId = ctx.viewer!.userId;
  await setTutorialPreference(evaluationRepositories(ctx.em, ctx.services), content, { userId, tutorialId, preference, on });
  return TutorialView.from(content.tutorial(tutorialId)!, await ctx.loaders.evaluation.tutorialPreferences.load(userId), ctx.locale);
}

@Resolver()
export class TutorialResolver {
  @LoggedIn()
  @Mutation(() => TutorialView, { description: '"Enregistrer": keeps the tutorial in "Mes tutos".' })
  saveTutorial(@Arg('tutorialId', () => ID) tutorialId: string, @Ctx() ctx: GraphQLContext) {
    return toggle(ctx, tutorialId, 'saved', true);
  }

  @LoggedIn()
  @Mutation(() => TutorialView, { description: 'Removes the tutorial from "Mes tutos".' })
  unsaveTutorial(@Arg('tutorialId', () => ID) tutorialId: string, @Ctx() ctx: GraphQLContext) {
    return toggle(ctx, tutorialId, 'saved', false);
  }

  @LoggedIn()
  @Mutation(() => TutorialView, { description: '"Tuto utile".' })
  likeTutorial(@Arg('tutorialId', () => ID) tutorialId: string, @Ctx() ctx: GraphQLContext) {
    return toggle(ctx, tutorialId, 'liked', true);
  }

  @LoggedIn()
  @Mutation(() => TutorialView, { description: 'Takes back "Tuto utile".' })
  unlikeTutorial(@Arg('tutorialId', () => ID) tutorialId: string, @Ctx() ctx: GraphQLContext) {
    return toggle(ctx, tutorialId, 'liked', false);
  }
}

/** User.savedTutorials (declared in api/src/graphql): "Mes tutos", the saved tutorials, most recent first (the viewer only). */
export async function savedTutorialsOf(ctx: GraphQLContext, userId: number): Promise<TutorialView[]> {
  if (ctx.viewer?.userId !== userId) throw new ForbiddenError();
  const content = ctx.services.content.get();
  const preferences = await ctx.loaders.evaluation.tutorialPreferences.load(userId);
  return preferences.savedOrder
    .map((id) => content.tutorial(id))
    .filter((t) => t !== undefined)
    .map((t) => TutorialView.from(t!, preferences, ctx.locale));
}
