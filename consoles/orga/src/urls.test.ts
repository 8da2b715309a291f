import { switchOrganizationPath, urls } from './urls';

describe('urls', () => {
  it('builds the URLs of an organisation and of an invitation', () => {
    expect(urls.team('12')).toBe('/organisations/12/equipe');
    expect(urls.pupils('12')).toBe('/organisations/12/eleves');
    expect(urls.join('ABCDEFGHJK')).toBe('/rejoindre?code=ABCDEFGHJK');
    expect(urls.campaigns('12')).toBe('/organisations/12/campagnes');
    expect(urls.campaignCreation('12')).toBe('/organisations/12/campagnes/creation');
    expect(urls.campaign('12', '7')).toBe('/organisations/12/campagnes/7');
  });

  it('keeps the section when switching organisation', () => {
    expect(switchOrganizationPath('/organisations/1/equipe', '2')).toBe('/organisations/2/equipe');
    expect(switchOrganizationPath('/organisations/1', '2')).toBe('/organisations/2');
    expect(switchOrganizationPath('/organisations/1/eleves', '2')).toBe('/organisations/2/eleves');
    expect(switchOrganizationPath('/', '2')).toBe('/organisations/2');
    // A campaign belongs to one organisation: the other one opens its list.
    expect(switchOrganizationPath('/organisations/1/campagnes/7', '2')).toBe('/organisations/2/campagnes');
    expect(switchOrganizationPath('/organisations/1/campagnes/creation', '2')).toBe('/organisations/2/campagnes');
  });
});
