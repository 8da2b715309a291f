import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../../graphql/context';
import type { LearningContent } from '../../../learning-content';
import { OrganizationView } from '../../../organizational-entities';
import { translate, type Locale } from '../../../shared/i18n/translate';
import { organizationAccessOf } from '../../../team';
import { listAvailableTargetProfiles } from '../application/target-profiles.usecases';
import { skillsOfTargetProfile, tubesInRelease, type TargetProfile } from '../domain/target-profile';
import { TargetProfileCategoryValue, TargetProfileView } from './target-profile.types';

export function toTargetProfileView(profile: TargetProfile, content: LearningContent, locale: Locale): TargetProfileView {
  return Object.assign(new TargetProfileView(), {
    id: String(profile.id),
    name: profile.name,
    category: profile.category as TargetProfileCategoryValue,
    categoryLabel: translate(`targetProfiles.categories.${profile.category}`, {}, locale),
    description: profile.description,
    tubeCount: tubesInRelease(content, profile.tubes).length,
    skillCount: skillsOfTargetProfile(content, profile.tubes).length,
  });
}

@Resolver(() => OrganizationView)
export class OrganizationTargetProfilesResolver {
  @FieldResolver(() => [TargetProfileView], {
    description: 'The parcours the organisation may use for its campaigns: public ones and its own (members and the support team).',
  })
  async targetProfiles(@Root() organization: OrganizationView, @Ctx() ctx: GraphQLContext): Promise<TargetProfileView[]> {
    const profiles = await listAvailableTargetProfiles(ctx.em, organizationAccessOf(ctx), organization.organizationId);
    const content = ctx.services.content.get();
    return profiles.map((profile) => toTargetProfileView(profile, content, ctx.locale));
  }
}
