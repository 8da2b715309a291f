import type { LearningContent } from '../domain/learning-content';
import type { Locale } from '../../shared/i18n/translate';
import { AreaType, CompetenceType } from './framework.types';

/** The framework's areas and competences as the schema shows them, in one language, linked to each other. */
export interface FrameworkTypes {
  areas: AreaType[];
  competence(id: string): CompetenceType | undefined;
}

/**
 * Made once per content release and language, then shared by every request: the framework is read on
 * every dashboard (16 competences and their areas), and these objects are only ever read. A new release
 * is a new LearningContent, so the WeakMap forgets the old one with it.
 */
const cache = new WeakMap<LearningContent, Partial<Record<Locale, FrameworkTypes>>>();

export function frameworkTypesOf(content: LearningContent, locale: Locale): FrameworkTypes {
  let byLocale = cache.get(content);
  if (!byLocale) cache.set(content, (byLocale = {}));
  return (byLocale[locale] ??= buildFrameworkTypes(content, locale));
}

function buildFrameworkTypes(content: LearningContent, locale: Locale): FrameworkTypes {
  const english = locale === 'en';
  const areas = new Map<string, AreaType>();
  for (const area of content.areas) {
    const type = new AreaType();
    type.id = area.id;
    type.code = area.code;
    type.name = english ? area.nameEn : area.name;
    type.color = area.color;
    type.competences = [];
    areas.set(area.id, type);
  }
  const competences = new Map<string, CompetenceType>();
  for (const competence of content.competences) {
    const type = new CompetenceType();
    type.id = competence.id;
    type.code = competence.code;
    type.name = english ? competence.nameEn : competence.name;
    type.description = english ? competence.descriptionEn : competence.description;
    type.area = areas.get(competence.areaId)!;
    competences.set(competence.id, type);
  }
  for (const area of content.areas) areas.get(area.id)!.competences = area.competenceIds.map((id) => competences.get(id)!);
  return { areas: content.areas.map((area) => areas.get(area.id)!), competence: (id) => competences.get(id) };
}
