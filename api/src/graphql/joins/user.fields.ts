import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { profileOfUser } from '../../evaluation/graphql/user-profile';
import { ProfileType } from '../../evaluation/graphql/profile.types';
import { TutorialView } from '../../evaluation/graphql/challenge.types';
import { savedTutorialsOf } from '../../evaluation/graphql/tutorial.resolver';
import { UserType } from '../../identity-access-management/graphql/user.type';
import { participationsOfUser } from '../../prescription/campaign-participation/graphql/campaign-participation-fields.resolver';
import { CampaignParticipationView } from '../../prescription/campaign-participation/graphql/campaign-participation.types';
import { certificationsOfUser } from '../../certification/results/graphql/certificates.resolver';
import { CertificateView } from '../../certification/results/graphql/certificate.types';
import type { GraphQLContext } from '../context';

/** What a learner's account shows that other contexts own: the profile, "Mes tutos", the campaign participations, the certifications. */
@Resolver(() => UserType)
export class UserFieldsResolver {
  @FieldResolver(() => ProfileType)
  profile(@Root() user: UserType, @Ctx() ctx: GraphQLContext): Promise<ProfileType> {
    return profileOfUser(ctx, user.userId);
  }

  @FieldResolver(() => [TutorialView], { description: '"Mes tutos": the saved tutorials, most recent first (the viewer only).' })
  savedTutorials(@Root() user: UserType, @Ctx() ctx: GraphQLContext): Promise<TutorialView[]> {
    return savedTutorialsOf(ctx, user.userId);
  }

  @FieldResolver(() => [CampaignParticipationView], { description: "The learner's own participations, newest first (to resume a test or send results)." })
  campaignParticipations(@Root() user: UserType, @Ctx() ctx: GraphQLContext): Promise<CampaignParticipationView[]> {
    return participationsOfUser(ctx, user.userId);
  }

  @FieldResolver(() => [CertificateView], { description: '"Mes certifications": the viewer\'s own certifications, most recent first (the viewer only).' })
  certifications(@Root() user: UserType, @Ctx() ctx: GraphQLContext): Promise<CertificateView[]> {
    return certificationsOfUser(ctx, user.userId);
  }
}
