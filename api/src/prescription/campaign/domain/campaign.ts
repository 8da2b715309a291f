import { BadUserInputError } from '../../../shared/domain/errors';

/** Campaigns (domain.md §6), pure: the rules of what a teacher types when creating one. */
export const CAMPAIGN_TYPES = ['ASSESSMENT', 'PROFILES_COLLECTION'] as const;
export type CampaignType = (typeof CAMPAIGN_TYPES)[number];

/** The external identifier asked of participants: free text or an e-mail address. */
export const ID_PIX_TYPES = ['TEXT', 'EMAIL'] as const;
export type IdPixType = (typeof ID_PIX_TYPES)[number];

export const CAMPAIGN_RULES = {
  nameMaxLength: 255,
  idPixLabelMaxLength: 255,
  customLandingPageTextMaxLength: 5_000,
  /** A profiles collection may be sent several times unless the teacher says otherwise. */
  defaultMultipleSendings: true,
  /** Attempts at drawing a code not yet taken before giving up (a clash is already rare). */
  codeAttempts: 10,
} as const;

export interface CampaignRequest {
  organizationId: number;
  name: string;
  type: string;
  targetProfileId?: number | null;
  multipleSendings?: boolean | null;
  idPixLabel?: string | null;
  idPixType?: string | null;
  customLandingPageText?: string | null;
}

export interface NewCampaign {
  organizationId: number;
  name: string;
  type: CampaignType;
  targetProfileId: number | null;
  multipleSendings: boolean;
  idPixLabel: string | null;
  idPixType: IdPixType | null;
  customLandingPageText: string | null;
}

export interface Campaign extends NewCampaign {
  id: number;
  code: string;
  creatorId: number;
  archivedAt: Date | null;
  createdAt: Date;
}

/** Characters as PostgreSQL counts them (code points, not UTF-16 units). */
const length = (value: string) => [...value].length;

/** Trims, and says null for an empty value. */
const optional = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** Checks and normalises a creation request; each error names the field to fix. */
export function validateNewCampaign(request: CampaignRequest): NewCampaign {
  const name = request.name.trim().replace(/\s+/g, ' ');
  if (!name) throw new BadUserInputError('name', 'errors.campaign.nameRequired');
  if (length(name) > CAMPAIGN_RULES.nameMaxLength) throw new BadUserInputError('name', 'errors.campaign.nameTooLong', { max: CAMPAIGN_RULES.nameMaxLength });
  if (!(CAMPAIGN_TYPES as readonly string[]).includes(request.type)) throw new BadUserInputError('type', 'errors.campaign.typeUnknown');
  const type = request.type as CampaignType;

  const targetProfileId = request.targetProfileId ?? null;
  if (type === 'ASSESSMENT' && targetProfileId === null) throw new BadUserInputError('targetProfileId', 'errors.campaign.targetProfileRequired');
  if (type === 'PROFILES_COLLECTION' && targetProfileId !== null)
    throw new BadUserInputError('targetProfileId', 'errors.campaign.targetProfileNotAllowed');

  if (type === 'ASSESSMENT' && request.multipleSendings) throw new BadUserInputError('multipleSendings', 'errors.campaign.multipleSendingsNotAllowed');
  const multipleSendings = type === 'PROFILES_COLLECTION' ? (request.multipleSendings ?? CAMPAIGN_RULES.defaultMultipleSendings) : false;

  const idPixLabel = optional(request.idPixLabel);
  if (idPixLabel && length(idPixLabel) > CAMPAIGN_RULES.idPixLabelMaxLength)
    throw new BadUserInputError('idPixLabel', 'errors.campaign.idPixLabelTooLong', { max: CAMPAIGN_RULES.idPixLabelMaxLength });
  if (request.idPixType && !(ID_PIX_TYPES as readonly string[]).includes(request.idPixType))
    throw new BadUserInputError('idPixType', 'errors.campaign.idPixTypeUnknown');
  if (request.idPixType && !idPixLabel) throw new BadUserInputError('idPixLabel', 'errors.campaign.idPixLabelRequired');
  const idPixType = idPixLabel ? ((request.idPixType as IdPixType | null | undefined) ?? 'TEXT') : null;

  const customLandingPageText = optional(request.customLandingPageText);
  if (customLandingPageText && length(customLandingPageText) > CAMPAIGN_RULES.customLandingPageTextMaxLength)
    throw new BadUserInputError('customLandingPageText', 'errors.campaign.landingTextTooLong', { max: CAMPAIGN_RULES.customLandingPageTextMaxLength });

  return { organizationId: request.organizationId, name, type, targetProfileId, multipleSendings, idPixLabel, idPixType, customLandingPageText };
}

/** What the landing page of a code shows: nothing that tells an archived campaign from an unknown one. */
export interface CampaignLanding {
  code: string;
  name: string;
  type: CampaignType;
  customLandingPageText: string | null;
  idPixLabel: string | null;
  idPixType: IdPixType | null;
  /** Profiles collection: whether a profile may be sent again. */
  multipleSendings: boolean;
  organizationName: string;
  organizationType: string;
  organizationIsManagingStudents: boolean;
}

/** An active campaign found by its code, with what joining it depends on. */
export interface JoinableCampaign {
  campaign: Campaign;
  landing: CampaignLanding;
}
