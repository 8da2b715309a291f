import type { LearningContent } from '../../../learning-content';
import type { FrameworkOutline } from '../domain/certificate';

/** The framework's areas and competences in order, as certificates list them (French names). */
export function frameworkOutline(content: LearningContent): FrameworkOutline {
  return {
    areas: content.areas.map((area) => ({
      code: area.code,
      name: area.name,
      competences: content.competences.filter((c) => c.areaId === area.id).map((c) => ({ id: c.id, code: c.code, name: c.name })),
    })),
  };
}
