import type { CampaignParticipationStatus, CampaignType } from '../../../__generated__/graphql';

/** What joining depends on, from the landing data. */
export interface JoinCampaign {
  code: string;
  type: CampaignType;
  organizationName: string;
  isRestricted: boolean;
  idPixLabel: string | null;
  /** The API says the viewer is already one of the school's pupils (campaignByCode). */
  viewerLinkedToOrganization?: boolean | null;
}

/** One of the learner's participations (me.campaignParticipations). */
export interface KnownParticipation {
  id: string;
  status: CampaignParticipationStatus;
  campaign: { code: string; organizationName: string; isRestricted: boolean };
}

export type JoinStep =
  /** A school managing its pupils: "Prénom", "Nom", "Date de naissance" first. */
  | { kind: 'reconcile' }
  /** The external identifier the campaign asks for. */
  | { kind: 'externalId' }
  /** An assessment: startCampaignParticipation (also resumes the participation in progress). */
  | { kind: 'start' }
  /** A profiles collection: the profile's summary and "Envoyer mon profil". */
  | { kind: 'sendProfile' }
  /** An assessment finished (TO_SHARE) or sent: its page. */
  | { kind: 'participation'; participationId: string };

export interface JoinState {
  campaign: JoinCampaign;
  /** The learner's participations, newest first. */
  participations: readonly KnownParticipation[];
  /** Reconciled during this visit. */
  reconciled: boolean;
  /** The API answered RECONCILIATION_REQUIRED: whatever the participations suggest, ask. */
  reconciliationRequired: boolean;
  /** The external identifier typed during this visit (null: not yet). */
  externalId: string | null;
}

/** The learner's participation that counts in this campaign (the newest), if any. */
export function participationIn<T extends KnownParticipation>(code: string, participations: readonly T[]): T | null {
  return participations.find((participation) => participation.campaign.code === code) ?? null;
}

/**
 * Whether the learner was already found among the school's pupils: the API says so on the landing data
 * (never ask a linked pupil their identity again), or, failing that, a participation in a campaign of
 * the same school that required it. RECONCILIATION_REQUIRED from the API overrules it.
 */
export function looksReconciled(campaign: JoinCampaign, participations: readonly KnownParticipation[]): boolean {
  if (campaign.viewerLinkedToOrganization) return true;
  return participations.some(
    (participation) =>
      participation.campaign.code === campaign.code ||
      (participation.campaign.isRestricted && participation.campaign.organizationName === campaign.organizationName),
  );
}

/**
 * The next step of "J'ai un code" (domain.md §6), pure: a participation in progress is resumed and a
 * finished one opened; otherwise reconciliation (schools managing their pupils), then the external
 * identifier, then the test or the profile to send. A profile already sent may be sent again.
 */
export function nextJoinStep(state: JoinState): JoinStep {
  const { campaign } = state;
  const existing = participationIn(campaign.code, state.participations);
  if (state.reconciliationRequired && !state.reconciled) return { kind: 'reconcile' };
  if (existing && campaign.type === 'ASSESSMENT') {
    return existing.status === 'STARTED' ? { kind: 'start' } : { kind: 'participation', participationId: existing.id };
  }
  const reconciled = state.reconciled || looksReconciled(campaign, state.participations);
  if (campaign.isRestricted && !reconciled) return { kind: 'reconcile' };
  // A profile sent again keeps the identifier of its first sending.
  if (campaign.idPixLabel && state.externalId === null && !existing) return { kind: 'externalId' };
  return campaign.type === 'ASSESSMENT' ? { kind: 'start' } : { kind: 'sendProfile' };
}
