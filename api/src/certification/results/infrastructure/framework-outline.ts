import type { LearningContent } from '../../../learning-content';
import type { FrameworkOutline } from '../domain/certificate';

const outlines = new WeakMap<LearningContent, FrameworkOutline>();

/**
 * The framework's areas and competences in order, as certificates list them (French names): made once
 * per loaded content (the in-memory content cache holds one object per release), then read as is.
 */
export function frameworkOutline(content: LearningContent): FrameworkOutline {
  let outline = outlines.get(content);
  if (!outline) outlines.set(content, (outline = outlineOf(content)));
  return outline;
}

function outlineOf(content: LearningContent): FrameworkOutline {
  return {
    areas: content.areas.map((area) => ({
      code: area.code,
      name: area.name,
      competences: content.competences.filter((c) => c.areaId === area.id).map((c) => ({ id: c.id, code: c.code, name: c.name })),
    })),
  };
}
