import type { GraphQLContext } from '../../../graphql/context';
import type { LearningContent } from '../../../learning-content';
import { translate, type Locale } from '../../../shared/i18n/translate';
import { organizationAccessOf } from '../../../graphql/organization-access';
import { listAvailableTargetProfiles } from '../application/target-profiles.usecases';
import { targetProfileRepositories } from '../application/target-profile-repositories';
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

/** Organization.targetProfiles (declared in api/src/graphql): the parcours the organisation may use (members and the support team). */
export async function targetProfilesOfOrganization(ctx: GraphQLContext, organizationId: number): Promise<TargetProfileView[]> {
  const profiles = await listAvailableTargetProfiles(targetProfileRepositories(ctx.em, ctx.clock), organizationAccessOf(ctx), organizationId);
  const content = ctx.services.content.get();
  return profiles.map((profile) => toTargetProfileView(profile, content, ctx.locale));
}
