import type {
  CampaignCreationQuery,
  CampaignDetailsFragment,
  CampaignFilter,
  CampaignListItemFragment,
  CampaignType,
  CreateCampaignInput,
} from '../../__generated__/graphql';

export type CampaignListItem = CampaignListItemFragment;
export type CampaignDetails = CampaignDetailsFragment;
export type TargetProfileOption = CampaignCreationQuery['organization']['targetProfiles'][number];

/** The goals of "Quel est l'objectif de votre campagne ?", in the order Pix Orga lists them. */
export const CAMPAIGN_TYPES: readonly CampaignType[] = ['ASSESSMENT', 'PROFILES_COLLECTION'];

/** The API's limits (api/src/prescription/campaign/domain/campaign.ts), checked before sending. */
export const CAMPAIGN_RULES = {
  nameMaxLength: 255,
  idPixLabelMaxLength: 255,
  customLandingPageTextMaxLength: 5_000,
} as const;

// ——— The list ———

/** "Mes campagnes" (ownedByMe) or "Toutes les campagnes". */
export type CampaignsTab = 'mine' | 'all';

/** The grid's server-side query: the tab, the search, the archived ones, one page. */
export interface CampaignsQueryState {
  tab: CampaignsTab;
  search: string;
  includeArchived: boolean;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [10, 25, 50, 100] as const;

/** "Toutes les campagnes" first: the school's "parcours de rentrée" are not the teacher's own. */
export const INITIAL_CAMPAIGNS_QUERY: CampaignsQueryState = { tab: 'all', search: '', includeArchived: false, page: 0, pageSize: 25 };

/** The variables of CampaignsQuery (no filter key when nothing filters, only the filters that apply). */
export function campaignsVariables(organizationId: string, query: CampaignsQueryState) {
  const filter: CampaignFilter = {};
  if (query.tab === 'mine') filter.ownedByMe = true;
  if (query.search) filter.search = query.search;
  if (query.includeArchived) filter.includeArchived = true;
  return {
    organizationId,
    first: query.pageSize,
    offset: query.page * query.pageSize,
    ...(Object.keys(filter).length > 0 ? { filter } : {}),
  };
}

/** The list's state lives in the address (French names, defaults left out): "Retour" finds it again. */
const PARAMS = { tab: 'vue', search: 'recherche', archived: 'archivees', page: 'page', pageSize: 'par-page' } as const;
const MINE = 'mes-campagnes';

export function readCampaignsQuery(params: URLSearchParams): CampaignsQueryState {
  const pageSize = Number(params.get(PARAMS.pageSize));
  const page = Number(params.get(PARAMS.page));
  return {
    tab: params.get(PARAMS.tab) === MINE ? 'mine' : 'all',
    search: (params.get(PARAMS.search) ?? '').trim(),
    includeArchived: params.get(PARAMS.archived) === 'oui',
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : INITIAL_CAMPAIGNS_QUERY.pageSize,
  };
}

export function writeCampaignsQuery(query: CampaignsQueryState): URLSearchParams {
  const params = new URLSearchParams();
  if (query.tab === 'mine') params.set(PARAMS.tab, MINE);
  if (query.search) params.set(PARAMS.search, query.search);
  if (query.includeArchived) params.set(PARAMS.archived, 'oui');
  if (query.page > 0) params.set(PARAMS.page, String(query.page + 1));
  if (query.pageSize !== INITIAL_CAMPAIGNS_QUERY.pageSize) params.set(PARAMS.pageSize, String(query.pageSize));
  return params;
}

// ——— Display ———

const DATE_FORMAT = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Paris' });

/** An API date-time as French schools write dates: JJ/MM/AAAA (the day in metropolitan France). */
export function formatDate(dateTime: string | null | undefined): string {
  if (!dateTime) return '';
  const date = new Date(dateTime);
  return Number.isNaN(date.getTime()) ? '' : DATE_FORMAT.format(date);
}

export const creatorName = (campaign: Pick<CampaignListItem, 'creator'>) => `${campaign.creator.firstName} ${campaign.creator.lastName}`;

/** Characters as the API counts them (code points: an emoji is one). */
export const characterCount = (value: string) => [...value].length;

// ——— "Créer une campagne" ———

export type YesNo = 'yes' | 'no';

/** What the form holds, as typed. */
export interface CampaignFormValues {
  name: string;
  type: CampaignType | '';
  targetProfileId: string | null;
  multipleSendings: YesNo;
  askExternalId: YesNo;
  idPixLabel: string;
  idPixType: 'TEXT' | 'EMAIL';
  customLandingPageText: string;
}

export const INITIAL_CAMPAIGN_FORM: CampaignFormValues = {
  name: '',
  type: '',
  targetProfileId: null,
  // "Oui" by default (domain.md §6).
  multipleSendings: 'yes',
  askExternalId: 'no',
  idPixLabel: '',
  idPixType: 'TEXT',
  customLandingPageText: '',
};

/** The fields that may carry an error, named as the API names them (extensions.field). */
export type CampaignField = 'name' | 'type' | 'targetProfileId' | 'multipleSendings' | 'idPixLabel' | 'idPixType' | 'customLandingPageText';

/** The order of the fields on screen: the first one with an error takes the focus. */
export const CAMPAIGN_FIELDS: readonly CampaignField[] = ['name', 'type', 'targetProfileId', 'multipleSendings', 'idPixLabel', 'idPixType', 'customLandingPageText'];

/** Translation keys (under console.campaigns.form.errors) of what is wrong, field by field. */
export type CampaignFormErrors = Partial<Record<CampaignField, { key: string; values?: Record<string, number> }>>;

const collapse = (value: string) => value.trim().replace(/\s+/g, ' ');

/** The checks of the API, in the same order and with the same limits. */
export function validateCampaignForm(values: CampaignFormValues): CampaignFormErrors {
  const errors: CampaignFormErrors = {};
  const name = collapse(values.name);
  if (!name) errors.name = { key: 'nameRequired' };
  else if (characterCount(name) > CAMPAIGN_RULES.nameMaxLength) errors.name = { key: 'nameTooLong', values: { max: CAMPAIGN_RULES.nameMaxLength } };
  if (!values.type) errors.type = { key: 'typeRequired' };
  if (values.type === 'ASSESSMENT' && !values.targetProfileId) errors.targetProfileId = { key: 'targetProfileRequired' };
  if (values.askExternalId === 'yes') {
    const label = values.idPixLabel.trim();
    if (!label) errors.idPixLabel = { key: 'idPixLabelRequired' };
    else if (characterCount(label) > CAMPAIGN_RULES.idPixLabelMaxLength)
      errors.idPixLabel = { key: 'idPixLabelTooLong', values: { max: CAMPAIGN_RULES.idPixLabelMaxLength } };
  }
  if (characterCount(values.customLandingPageText.trim()) > CAMPAIGN_RULES.customLandingPageTextMaxLength)
    errors.customLandingPageText = { key: 'landingTextTooLong', values: { max: CAMPAIGN_RULES.customLandingPageTextMaxLength } };
  return errors;
}

/** The createCampaign input of valid values: only what the chosen goal uses. */
export function toCreateCampaignInput(organizationId: string, values: CampaignFormValues): CreateCampaignInput {
  const type = values.type === 'PROFILES_COLLECTION' ? 'PROFILES_COLLECTION' : 'ASSESSMENT';
  const input: CreateCampaignInput = { organizationId, name: collapse(values.name), type };
  if (type === 'ASSESSMENT' && values.targetProfileId) input.targetProfileId = values.targetProfileId;
  if (type === 'PROFILES_COLLECTION') input.multipleSendings = values.multipleSendings === 'yes';
  if (values.askExternalId === 'yes') {
    input.idPixLabel = values.idPixLabel.trim();
    input.idPixType = values.idPixType;
  }
  const landing = values.customLandingPageText.trim();
  if (landing) input.customLandingPageText = landing;
  return input;
}
