import {
  campaignsVariables,
  formatDate,
  INITIAL_CAMPAIGN_FORM,
  INITIAL_CAMPAIGNS_QUERY,
  readCampaignsQuery,
  toCreateCampaignInput,
  validateCampaignForm,
  writeCampaignsQuery,
} from './campaign-types';

describe('The campaigns list query', () => {
  it('sends only the filters that apply, and the page as an offset', () => {
    expect(campaignsVariables('org-1', INITIAL_CAMPAIGNS_QUERY)).toEqual({ organizationId: 'org-1', first: 25, offset: 0 });
    expect(campaignsVariables('org-1', { tab: 'mine', search: 'EMC', includeArchived: true, page: 2, pageSize: 50 })).toEqual({
      organizationId: 'org-1',
      first: 50,
      offset: 100,
      filter: { ownedByMe: true, search: 'EMC', includeArchived: true },
    });
  });

  it('reads and writes the address, defaults left out, nonsense ignored', () => {
    const query = { tab: 'mine', search: 'rentrée', includeArchived: true, page: 1, pageSize: 10 } as const;
    const params = writeCampaignsQuery(query);
    expect(params.toString()).toBe('vue=mes-campagnes&recherche=rentr%C3%A9e&archivees=oui&page=2&par-page=10');
    expect(readCampaignsQuery(params)).toEqual(query);
    expect(writeCampaignsQuery(INITIAL_CAMPAIGNS_QUERY).toString()).toBe('');
    expect(readCampaignsQuery(new URLSearchParams('vue=x&page=-3&par-page=7'))).toEqual(INITIAL_CAMPAIGNS_QUERY);
  });

  it('writes dates as JJ/MM/AAAA, the day in metropolitan France', () => {
    expect(formatDate('2026-09-07T08:30:00.000Z')).toBe('07/09/2026');
    expect(formatDate('2026-12-31T23:30:00.000Z')).toBe('01/01/2027');
    expect(formatDate(null)).toBe('');
  });
});

describe('"Créer une campagne" values', () => {
  it('are checked as the API checks them (characters, not UTF-16 units)', () => {
    expect(validateCampaignForm(INITIAL_CAMPAIGN_FORM)).toEqual({ name: { key: 'nameRequired' }, type: { key: 'typeRequired' } });
    expect(validateCampaignForm({ ...INITIAL_CAMPAIGN_FORM, name: '😀'.repeat(255), type: 'PROFILES_COLLECTION' })).toEqual({});
    expect(validateCampaignForm({ ...INITIAL_CAMPAIGN_FORM, name: '  a  ', type: 'ASSESSMENT', askExternalId: 'yes', idPixLabel: '  ' })).toEqual({
      targetProfileId: { key: 'targetProfileRequired' },
      idPixLabel: { key: 'idPixLabelRequired' },
    });
    expect(validateCampaignForm({ ...INITIAL_CAMPAIGN_FORM, name: 'a', type: 'PROFILES_COLLECTION', customLandingPageText: ` ${'x'.repeat(5_000)} ` })).toEqual({});
  });

  it("send only what the chosen goal uses (a parcours chosen before switching to a collection is left out)", () => {
    const values = {
      ...INITIAL_CAMPAIGN_FORM,
      name: ' Collecte   2026 ',
      type: 'PROFILES_COLLECTION' as const,
      targetProfileId: 'tp-1',
      multipleSendings: 'no' as const,
      askExternalId: 'no' as const,
      idPixLabel: 'Numéro INE',
      customLandingPageText: '  ',
    };
    expect(toCreateCampaignInput('org-1', values)).toEqual({ organizationId: 'org-1', name: 'Collecte 2026', type: 'PROFILES_COLLECTION', multipleSendings: false });
    expect(toCreateCampaignInput('org-1', { ...values, type: 'ASSESSMENT', askExternalId: 'yes', customLandingPageText: ' Bonjour ' })).toEqual({
      organizationId: 'org-1',
      name: 'Collecte 2026',
      type: 'ASSESSMENT',
      targetProfileId: 'tp-1',
      idPixLabel: 'Numéro INE',
      idPixType: 'TEXT',
      customLandingPageText: 'Bonjour',
    });
  });
});
