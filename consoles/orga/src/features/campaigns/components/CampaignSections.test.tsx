import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { orgaResources } from '../../../i18n';
import { CampaignSections } from './CampaignSections';

describe('The sections of a campaign', () => {
  it('shows a single section as a titled region, without tabs', () => {
    renderWithProviders(<CampaignSections sections={[{ id: 'parametres', label: 'Paramètres', content: <p>Réglages</p> }]} />, { resources: orgaResources });
    expect(screen.getByRole('region', { name: 'Paramètres' })).toHaveTextContent('Réglages');
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  });

  it('turns several sections into tabs, each panel named by its tab', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <CampaignSections
        sections={[
          { id: 'activite', label: 'Activité', content: <p>Participants : 12</p> },
          { id: 'parametres', label: 'Paramètres', content: <p>Réglages</p> },
        ]}
      />,
      { resources: orgaResources },
    );
    expect(screen.getByRole('tablist', { name: 'Sections de la campagne' })).toBeInTheDocument();
    expect(screen.getByRole('tabpanel', { name: 'Activité' })).toHaveTextContent('Participants : 12');
    await user.click(screen.getByRole('tab', { name: 'Paramètres' }));
    expect(screen.getByRole('tab', { name: 'Paramètres' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Paramètres' })).toHaveTextContent('Réglages');
  });
});
