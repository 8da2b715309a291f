import { asText, frenchDate, frenchRate, NOT_AVAILABLE, yesNo } from '../../../shared/domain/french-csv';
import { masteryRate } from './collective-results';

/**
 * The columns and rows of the results export (domain.md §6), pure: the infrastructure streams the
 * participations from the database and writes these cells with csv-stringify.
 */

export interface ExportedCampaign {
  id: number;
  code: string;
  name: string;
  organizationName: string;
  /** Schools add the pupil's class. */
  isSchool: boolean;
  targetProfileName: string | null;
  idPixLabel: string | null;
}

export interface TargetedCompetence {
  id: string;
  name: string;
  areaId: string;
  targetedSkillsCount: number;
}

export interface TargetedArea {
  id: string;
  name: string;
}

export interface ExportedParticipant {
  lastName: string;
  firstName: string;
  division: string | null;
  participantExternalId: string | null;
  createdAt: Date;
  sharedAt: Date | null;
}

export interface AssessmentParticipant extends ExportedParticipant {
  /** 0 to 1. */
  progress: number;
  masteryRate: number | null;
  validatedSkillsByCompetence: ReadonlyMap<string, number>;
}

export interface ProfileParticipant extends ExportedParticipant {
  pixScore: number | null;
  isCertifiable: boolean | null;
  certifiableCompetencesCount: number | null;
  /** Level and pix per competence id, when sent. */
  competences: ReadonlyMap<string, { level: number; pixScore: number }>;
}

const identityHeader = (campaign: ExportedCampaign) => [
  "Nom de l'organisation",
  'ID Campagne',
  'Code',
  'Nom de la campagne',
  ...(campaign.targetProfileName !== null ? ['Parcours'] : []),
  'Nom du Participant',
  'Prénom du Participant',
  ...(campaign.isSchool ? ['Classe'] : []),
  ...(campaign.idPixLabel ? [campaign.idPixLabel] : []),
];

const identityCells = (campaign: ExportedCampaign, p: ExportedParticipant) => [
  campaign.organizationName,
  String(campaign.id),
  campaign.code,
  campaign.name,
  ...(campaign.targetProfileName !== null ? [campaign.targetProfileName] : []),
  p.lastName,
  p.firstName,
  ...(campaign.isSchool ? [p.division ?? ''] : []),
  ...(campaign.idPixLabel ? [p.participantExternalId ?? ''] : []),
];

export function assessmentHeader(campaign: ExportedCampaign, competences: TargetedCompetence[], areas: TargetedArea[]): string[] {
  return [
    ...identityHeader(campaign),
    '% de progression',
    'Date de début',
    'Partage (O/N)',
    'Date du partage',
    "% maitrise de l'ensemble des acquis du profil",
    ...competences.flatMap((c) => [
      `% de maitrise des acquis de la compétence ${c.name}`,
      `Nombre d'acquis du profil cible dans la compétence ${c.name}`,
      `Acquis maitrisés dans la compétence ${c.name}`,
    ]),
    ...areas.flatMap((a) => [
      `% de maitrise des acquis du domaine ${a.name}`,
      `Nombre d'acquis du profil cible du domaine ${a.name}`,
      `Acquis maitrisés du domaine ${a.name}`,
    ]),
  ].map(asText);
}

export function assessmentRow(
  campaign: ExportedCampaign,
  competences: TargetedCompetence[],
  areas: TargetedArea[],
  p: AssessmentParticipant,
): string[] {
  const shared = p.sharedAt !== null;
  const counts = (validated: number, targeted: number) =>
    shared ? [frenchRate(masteryRate(validated, targeted)), String(targeted), String(validated)] : [NOT_AVAILABLE, String(targeted), NOT_AVAILABLE];
  const validatedOf = (id: string) => p.validatedSkillsByCompetence.get(id) ?? 0;
  return [
    ...identityCells(campaign, p),
    frenchRate(shared ? 1 : p.progress),
    frenchDate(p.createdAt),
    yesNo(shared),
    shared ? frenchDate(p.sharedAt) : NOT_AVAILABLE,
    shared ? frenchRate(p.masteryRate ?? 0) : NOT_AVAILABLE,
    ...competences.flatMap((c) => counts(validatedOf(c.id), c.targetedSkillsCount)),
    ...areas.flatMap((a) => {
      const ofArea = competences.filter((c) => c.areaId === a.id);
      const sum = (f: (c: TargetedCompetence) => number) => ofArea.reduce((total, c) => total + f(c), 0);
      return counts(sum((c) => validatedOf(c.id)), sum((c) => c.targetedSkillsCount));
    }),
  ].map(asText);
}

export function profilesHeader(campaign: ExportedCampaign, competences: { id: string; name: string }[]): string[] {
  return [
    ...identityHeader(campaign),
    'Envoi (O/N)',
    "Date de l'envoi",
    'Nombre de pix total',
    'Certifiable (O/N)',
    'Nombre de compétences certifiables',
    ...competences.flatMap((c) => [`Niveau pour la compétence ${c.name}`, `Nombre de pix pour la compétence ${c.name}`]),
  ].map(asText);
}

export function profilesRow(campaign: ExportedCampaign, competences: { id: string }[], p: ProfileParticipant): string[] {
  const sent = p.sharedAt !== null;
  const na = (value: string) => (sent ? value : NOT_AVAILABLE);
  return [
    ...identityCells(campaign, p),
    yesNo(sent),
    na(frenchDate(p.sharedAt)),
    na(String(p.pixScore ?? 0)),
    na(yesNo(!!p.isCertifiable)),
    na(String(p.certifiableCompetencesCount ?? 0)),
    ...competences.flatMap((c) => {
      const own = p.competences.get(c.id);
      return [na(String(own?.level ?? 0)), na(String(own?.pixScore ?? 0))];
    }),
  ].map(asText);
}

/** `Resultats-<campaign name>-<id>-<AAAA-MM-JJ-HHmm>.csv`, in Paris time, without characters file systems refuse. */
export function exportFileName(campaign: { id: number; name: string }, at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const name = campaign.name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim();
  return `Resultats-${name}-${campaign.id}-${parts.year}-${parts.month}-${parts.day}-${parts.hour}${parts.minute}.csv`;
}
