import { switchOrganizationPath, urls } from './urls';

describe('urls', () => {
  it('builds the URLs of an organisation and of an invitation', () => {
    expect(urls.team('12')).toBe('/organisations/12/equipe');
    expect(urls.pupils('12')).toBe('/organisations/12/eleves');
    expect(urls.join('ABCDEFGHJK')).toBe('/rejoindre?code=ABCDEFGHJK');
  });

  it('keeps the section when switching organisation', () => {
    expect(switchOrganizationPath('/organisations/1/equipe', '2')).toBe('/organisations/2/equipe');
    expect(switchOrganizationPath('/organisations/1', '2')).toBe('/organisations/2');
    expect(switchOrganizationPath('/organisations/1/eleves', '2')).toBe('/organisations/2/eleves');
    expect(switchOrganizationPath('/', '2')).toBe('/organisations/2');
  });
});
