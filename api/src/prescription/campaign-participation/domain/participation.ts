import { isEmail } from '../../../shared/domain/account-rules';
import { BadUserInputError } from '../../../shared/domain/errors';
import type { KnowledgeSnapshot } from './mastery';
import { AlreadyParticipatedError } from './participation-errors';

/**
 * Campaign participations (domain.md §6), pure: `STARTED` (the test in progress), `TO_SHARE` (finished,
 * results not sent), `SHARED` (sent: the school sees the results, as they were at that moment).
 */
export const PARTICIPATION_STATUSES = ['STARTED', 'TO_SHARE', 'SHARED'] as const;
export type ParticipationStatus = (typeof PARTICIPATION_STATUSES)[number];

export const PARTICIPATION_RULES = {
  externalIdMaxLength: 255,
} as const;

export interface Participation {
  id: number;
  campaignId: number;
  userId: number;
  organizationLearnerId: number;
  participantExternalId: string | null;
  status: ParticipationStatus;
  /** A profile sent again: this earlier sending is kept for history, the new one counts. */
  isImproved: boolean;
  createdAt: Date;
  sharedAt: Date | null;
  /** Stored at sharing. */
  validatedSkillsCount: number | null;
  pixScore: number | null;
  masteryRate: number | null;
  isCertifiable: boolean | null;
  certifiableCompetencesCount: number | null;
  knowledgeSnapshot: KnowledgeSnapshot | null;
}

/** What joining a campaign depends on. */
export interface CampaignJoinRules {
  type: 'ASSESSMENT' | 'PROFILES_COLLECTION';
  multipleSendings: boolean;
  idPixLabel: string | null;
  idPixType: 'TEXT' | 'EMAIL' | null;
}

/** The external identifier, required when the campaign has a label for it (an e-mail address when it says so). */
export function validateExternalId(campaign: Pick<CampaignJoinRules, 'idPixLabel' | 'idPixType'>, typed: string | null | undefined): string | null {
  if (!campaign.idPixLabel) return null;
  const value = typed?.trim() ?? '';
  const field = 'participantExternalId';
  if (!value) throw new BadUserInputError(field, 'errors.participation.externalIdRequired', { label: campaign.idPixLabel });
  if ([...value].length > PARTICIPATION_RULES.externalIdMaxLength)
    throw new BadUserInputError(field, 'errors.field.tooLong', { max: PARTICIPATION_RULES.externalIdMaxLength });
  if (campaign.idPixType === 'EMAIL') {
    const email = value.toLowerCase();
    if (!isEmail(email)) throw new BadUserInputError(field, 'errors.participation.externalIdEmail', { label: campaign.idPixLabel });
    return email;
  }
  return value;
}

export type StartDecision = { kind: 'resume'; participation: Participation } | { kind: 'create' };

/**
 * Starting an assessment campaign: the participation in progress is resumed (the test goes on where it
 * stopped); one finished, waiting to be sent or sent, forbids a second one.
 */
export function decideStart(existing: Participation | null): StartDecision {
  if (!existing) return { kind: 'create' };
  if (existing.status === 'STARTED') return { kind: 'resume', participation: existing };
  throw new AlreadyParticipatedError(existing.id, existing.status);
}

export type SendDecision = { kind: 'create' } | { kind: 'share'; participation: Participation } | { kind: 'resend'; previous: Participation };

/**
 * "Envoyer mon profil" in a profiles collection: the first sending creates the participation, shared at
 * once; a profile already sent may be sent again only when the campaign allows several sendings.
 */
export function decideSend(campaign: Pick<CampaignJoinRules, 'multipleSendings'>, existing: Participation | null): SendDecision {
  if (!existing) return { kind: 'create' };
  if (existing.status !== 'SHARED') return { kind: 'share', participation: existing };
  if (campaign.multipleSendings) return { kind: 'resend', previous: existing };
  throw new AlreadyParticipatedError(existing.id, existing.status);
}

/** "Envoi multiple" cannot change once someone participated (for the campaign update to come). */
export function canChangeMultipleSendings(participationsCount: number): boolean {
  return participationsCount === 0;
}
