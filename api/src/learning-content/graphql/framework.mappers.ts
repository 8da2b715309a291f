import type { Area, Competence } from '../domain/learning-content';
import type { Locale } from '../../shared/i18n/translate';
import { AreaType, CompetenceType } from './framework.types';

export function toAreaType(area: Area, locale: Locale): AreaType {
  return Object.assign(new AreaType(), {
    id: area.id,
    code: area.code,
    name: locale === 'en' ? area.nameEn : area.name,
    color: area.color,
    competenceIds: area.competenceIds,
  });
}

export function toCompetenceType(competence: Competence, locale: Locale): CompetenceType {
  return Object.assign(new CompetenceType(), {
    id: competence.id,
    code: competence.code,
    name: locale === 'en' ? competence.nameEn : competence.name,
    description: locale === 'en' ? competence.descriptionEn : competence.description,
    areaId: competence.areaId,
  });
}
