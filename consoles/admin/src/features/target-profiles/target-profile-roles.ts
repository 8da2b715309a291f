import { useAuth } from '@pix-libre/ui-shared';
import type { TargetProfileCategory } from '../../__generated__/graphql';

export const TARGET_PROFILE_CATEGORIES: TargetProfileCategory[] = ['PREDEFINED', 'COMPETENCES', 'DISCIPLINE', 'THEMATIC', 'CUSTOM', 'OTHER'];

/** The content team (METIER) and the super administrators act on target profiles; the support team reads (the API refuses the others anyway). */
export function useCanEditTargetProfiles(): boolean {
  return (['SUPER_ADMIN', 'METIER'] as (string | null | undefined)[]).includes(useAuth().user?.platformRole);
}
