import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { configure, screen, within } from '@testing-library/react';
import { orgaResources } from '../../../i18n';
import { ASSESSMENT_ID, collectiveResultsMock, COLLECTION_ID } from '../testing/campaign-results-fixtures';
import { CollectiveResultsSection } from './CollectiveResultsSection';

configure({ asyncUtilTimeout: 3000 });

function renderResults(campaignId: string, sharedCount = 23, language: 'fr' | 'en' = 'fr') {
  return renderWithProviders(<CollectiveResultsSection campaignId={campaignId} />, { resources: orgaResources, mocks: [collectiveResultsMock(campaignId, sharedCount)], language });
}

const valueOf = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent?.replace(/\s+/g, ' ');

describe('"Résultats collectifs"', () => {
  it('gives, per competence, the mastery and the validated / evaluated skills, in a chart and a table', async () => {
    renderResults(ASSESSMENT_ID);

    expect(await screen.findByRole('heading', { level: 2, name: 'Résultats collectifs' })).toBeInTheDocument();
    expect(await screen.findByText('Moyenne des 23 participants ayant envoyé leurs résultats.')).toBeInTheDocument();
    // Overall: 6.4 validated skills per participant out of 8 evaluated.
    expect(valueOf('Maîtrise moyenne')).toBe('80 %');
    expect(valueOf('Acquis validés (moyenne)')).toBe('6,4');
    expect(valueOf('Acquis évalués')).toBe('8');

    const chartSection = screen.getByRole('region', { name: 'Maîtrise par compétence' });
    expect(chartSection.querySelector('[aria-hidden="true"] svg')).not.toBeNull();
    expect(within(chartSection).getByText(/Les valeurs de ce graphique figurent dans le tableau/)).toBeInTheDocument();
    // Each bar is named by its competence's code and name, not by a bare code.
    const chartText = chartSection.querySelector('svg')?.textContent ?? '';
    expect(chartText).toContain("1.1 Mener une recherche et une veille d'information");
    expect(chartText).toContain('2.2 Partager et publier');

    const table = screen.getByRole('table', { name: 'Résultats par compétence' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Domaine',
      'Compétence',
      'Maîtrise',
      'Acquis validés / acquis évalués',
    ]);
    const recherche = within(table).getByRole('row', { name: /1\.1 Mener une recherche et une veille d'information/ });
    expect(within(recherche).getByText('Information et données')).toBeInTheDocument();
    expect(within(recherche).getByText('60 %')).toBeInTheDocument();
    expect(within(recherche).getByText('1,2 / 2')).toBeInTheDocument();
    const partager = within(table).getByRole('row', { name: /2\.2 Partager et publier/ });
    expect(within(partager).getByText('Communication et collaboration')).toBeInTheDocument();
    expect(within(partager).getByText('80 %')).toBeInTheDocument();
    expect(within(partager).getByText('2,4 / 3')).toBeInTheDocument();
  });

  it('waits for a first sending', async () => {
    renderResults(ASSESSMENT_ID, 0);

    expect(await screen.findByRole('heading', { level: 3, name: 'En attente de résultats' })).toBeInTheDocument();
    expect(screen.getByText(/dès qu'un participant aura terminé son parcours et envoyé ses résultats/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says that a profiles collection has none', async () => {
    renderResults(COLLECTION_ID);

    expect(await screen.findByRole('heading', { level: 3, name: "Réservé aux campagnes d'évaluation" })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('speaks English', async () => {
    renderResults(ASSESSMENT_ID, 1, 'en');

    expect(await screen.findByRole('heading', { level: 2, name: 'Collective results' })).toBeInTheDocument();
    expect(await screen.findByText('Average of the participant who sent their results (1).')).toBeInTheDocument();
    expect(valueOf('Validated skills (average)')).toBe('6.4');
    expect(screen.getByRole('table', { name: 'Results by competence' })).toBeInTheDocument();
  });
});
