import { validateNewCampaign, type CampaignRequest } from '../../src/prescription/campaign/domain/campaign';
import { BadUserInputError } from '../../src/shared/domain/errors';

const assessment: CampaignRequest = { organizationId: 1, name: 'Rentrée 2nde', type: 'ASSESSMENT', targetProfileId: 7 };
const collection: CampaignRequest = { organizationId: 1, name: 'Collecte', type: 'PROFILES_COLLECTION' };

/** The field and message key of the error a request gets. */
function refusal(request: CampaignRequest) {
  try {
    validateNewCampaign(request);
  } catch (error) {
    if (error instanceof BadUserInputError) return { field: error.field, key: error.messageKey };
    throw error;
  }
  throw new Error('accepted');
}

describe('creating a campaign: the rules of what is typed (domain.md §6)', () => {
  it('keeps an assessment with its parcours, sent once', () => {
    expect(validateNewCampaign({ ...assessment, name: '  Rentrée   2nde ', idPixLabel: '  ', customLandingPageText: '' })).toEqual({
      organizationId: 1,
      name: 'Rentrée 2nde',
      type: 'ASSESSMENT',
      targetProfileId: 7,
      multipleSendings: false,
      idPixLabel: null,
      idPixType: null,
      customLandingPageText: null,
    });
  });

  it('lets a profiles collection be sent several times by default, or once when asked', () => {
    expect(validateNewCampaign(collection).multipleSendings).toBe(true);
    expect(validateNewCampaign({ ...collection, multipleSendings: false }).multipleSendings).toBe(false);
  });

  it('asks a parcours of an assessment only', () => {
    expect(refusal({ ...assessment, targetProfileId: null })).toEqual({ field: 'targetProfileId', key: 'errors.campaign.targetProfileRequired' });
    expect(refusal({ ...collection, targetProfileId: 3 })).toEqual({ field: 'targetProfileId', key: 'errors.campaign.targetProfileNotAllowed' });
    expect(refusal({ ...assessment, multipleSendings: true })).toEqual({ field: 'multipleSendings', key: 'errors.campaign.multipleSendingsNotAllowed' });
  });

  it('bounds the name and the landing text, counting characters as PostgreSQL does', () => {
    expect(refusal({ ...assessment, name: ' \n ' })).toEqual({ field: 'name', key: 'errors.campaign.nameRequired' });
    expect(refusal({ ...assessment, name: 'a'.repeat(256) })).toEqual({ field: 'name', key: 'errors.campaign.nameTooLong' });
    expect(validateNewCampaign({ ...assessment, name: '🎓'.repeat(255) }).name).toHaveLength(510);
    expect(validateNewCampaign({ ...collection, customLandingPageText: 'é'.repeat(5_000) }).customLandingPageText).toHaveLength(5_000);
    expect(refusal({ ...collection, customLandingPageText: 'x'.repeat(5_001) })).toEqual({ field: 'customLandingPageText', key: 'errors.campaign.landingTextTooLong' });
  });

  it('types the external identifier as text unless an e-mail is asked, and only with a label', () => {
    expect(validateNewCampaign({ ...collection, idPixLabel: " Numéro d'élève " })).toMatchObject({ idPixLabel: "Numéro d'élève", idPixType: 'TEXT' });
    expect(validateNewCampaign({ ...collection, idPixLabel: 'Adresse', idPixType: 'EMAIL' })).toMatchObject({ idPixType: 'EMAIL' });
    expect(refusal({ ...collection, idPixType: 'EMAIL' })).toEqual({ field: 'idPixLabel', key: 'errors.campaign.idPixLabelRequired' });
    expect(refusal({ ...collection, idPixLabel: 'x'.repeat(256) })).toEqual({ field: 'idPixLabel', key: 'errors.campaign.idPixLabelTooLong' });
    expect(refusal({ ...collection, idPixLabel: 'x', idPixType: 'PHONE' })).toEqual({ field: 'idPixType', key: 'errors.campaign.idPixTypeUnknown' });
  });

  it('knows only its two types', () => {
    expect(refusal({ ...collection, type: 'CERTIFICATION' })).toEqual({ field: 'type', key: 'errors.campaign.typeUnknown' });
  });
});
