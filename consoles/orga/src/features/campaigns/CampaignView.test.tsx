import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { orgaResources } from '../../i18n';
import { archiveMock, campaignMock, collecte, rentree } from '../../testing/campaigns-fixtures';
import { CampaignQuery } from './campaigns.graphql';
import { CampaignView } from './CampaignView';

jest.setTimeout(20_000);
configure({ asyncUtilTimeout: 3000 });

function renderCampaign(mocks: ReadonlyArray<MockLink.MockedResponse>, campaignId = 'c-1', state?: unknown) {
  return renderWithProviders(<CampaignView organizationId="org-1" campaignId={campaignId} />, {
    title: 'Pix Orga',
    resources: orgaResources,
    mocks,
    route: { pathname: `/organisations/org-1/campagnes/${campaignId}`, state } as unknown as string,
  });
}

/** The value of a term of a description list. */
const detail = (term: string) => {
  const dt = screen.getAllByRole('term').find((element) => element.textContent === term);
  if (!dt?.nextElementSibling) throw new Error(`No detail "${term}"`);
  return dt.nextElementSibling as HTMLElement;
};

describe("A campaign's page", () => {
  it('shows the name, type, parcours, code and direct link to hand out, creator and date; both copy', async () => {
    const user = userEvent.setup();
    renderCampaign([campaignMock(rentree)]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Parcours de rentrée 2nde' })).toBeInTheDocument();
    expect(document.title).toBe('Parcours de rentrée 2nde - Pix Orga');
    expect(within(screen.getByRole('navigation', { name: "Fil d'Ariane" })).getByRole('link', { name: 'Campagnes' })).toHaveAttribute(
      'href',
      '/organisations/org-1/campagnes',
    );
    expect(screen.getByText('Évaluation')).toBeInTheDocument();
    expect(detail('Parcours')).toHaveTextContent('[LGT] Parcours de rentrée 2nde');
    expect(within(detail('Code')).getByText('YRBVDF759')).toBeInTheDocument();
    const link = within(detail('Lien direct')).getByRole('link', { name: 'https://pix.example.fr/campagnes/YRBVDF759 (nouvel onglet)' });
    expect(link).toHaveAttribute('href', 'https://pix.example.fr/campagnes/YRBVDF759');
    expect(link).toHaveAttribute('target', '_blank');
    expect(detail('Créée par')).toHaveTextContent('Camille Martin');
    expect(detail('Créée le')).toHaveTextContent('07/09/2026');

    await user.click(screen.getByRole('button', { name: 'Copier le code' }));
    await expect(navigator.clipboard.readText()).resolves.toBe('YRBVDF759');
    expect(within(detail('Code')).getByRole('status')).toHaveTextContent('Copié');
    await user.click(screen.getByRole('button', { name: 'Copier le lien direct' }));
    await expect(navigator.clipboard.readText()).resolves.toBe('https://pix.example.fr/campagnes/YRBVDF759');
    expect(within(detail('Lien direct')).getByRole('status')).toHaveTextContent('Copié');
  });

  it('lists the settings of a profiles collection in "Paramètres"', async () => {
    const user = userEvent.setup();
    renderCampaign(
      [campaignMock({ ...collecte, idPixLabel: 'Numéro INE', idPixType: 'TEXT', customLandingPageText: 'Bonjour !\nAucune question ne te sera posée.' })],
      'c-2',
    );

    // A profiles collection has neither collective results nor analysis.
    const tabs = within(await screen.findByRole('tablist')).getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Activité', 'Participants', 'Paramètres']);
    await user.click(screen.getByRole('tab', { name: 'Paramètres' }));
    const settings = await screen.findByRole('tabpanel', { name: 'Paramètres' });
    expect(within(settings).getByText('Collecter les profils Pix des participants')).toBeInTheDocument();
    expect(detail('Envoi multiple')).toHaveTextContent('Oui : les participants peuvent envoyer leur profil plusieurs fois');
    expect(detail('Identifiant externe')).toHaveTextContent('Numéro INE (Texte libre)');
    expect(detail("Texte de la page d'accueil")).toHaveTextContent('Bonjour ! Aucune question ne te sera posée.');
    // A profiles collection has no parcours.
    expect(screen.getAllByRole('term').map((term) => term.textContent)).not.toContain('Parcours');
  });

  it('says so after a creation', async () => {
    const user = userEvent.setup();
    renderCampaign([campaignMock(rentree)], 'c-1', { created: true });
    const notice = await screen.findByText(/La campagne a été créée. Transmettez son code YRBVDF759/);
    expect(notice.closest('[role="status"]')).not.toBeNull();
    await user.click(screen.getByRole('tab', { name: 'Paramètres' }));
    expect(detail('Identifiant externe')).toHaveTextContent('Non demandé');
    expect(detail("Texte de la page d'accueil")).toHaveTextContent('Aucun texte');
  });

  it('archives the campaign once confirmed, and brings it back', async () => {
    const user = userEvent.setup();
    renderCampaign([campaignMock(rentree), archiveMock(rentree, '2026-11-24T09:00:00.000Z'), archiveMock(rentree, null)]);

    await user.click(await screen.findByRole('button', { name: 'Archiver la campagne' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Archiver la campagne « Parcours de rentrée 2nde » ?' });
    expect(dialog).toHaveAccessibleDescription(/Plus personne ne pourra la rejoindre avec son code/);
    // "Annuler" has the focus: nothing happens by accident.
    expect(within(dialog).getByRole('button', { name: 'Annuler' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Archiver' }));

    expect(await screen.findByText('Campagne archivée le 24/11/2026 : plus personne ne peut la rejoindre.')).toBeInTheDocument();
    expect(screen.getByText('Archivée')).toBeInTheDocument();
    expect(screen.getByText('La campagne a été archivée.')).toBeInTheDocument();

    // The dialog has closed: the focus is back on the button, which now brings the campaign back.
    const unarchive = await screen.findByRole('button', { name: 'Désarchiver la campagne' });
    expect(unarchive).toHaveFocus();
    await user.click(unarchive);
    const back = await screen.findByRole('alertdialog', { name: 'Désarchiver la campagne « Parcours de rentrée 2nde » ?' });
    await user.click(within(back).getByRole('button', { name: 'Désarchiver' }));
    expect(await screen.findByRole('button', { name: 'Archiver la campagne' })).toBeInTheDocument();
    expect(screen.queryByText('Archivée')).not.toBeInTheDocument();
    expect(screen.getByText('La campagne a été désarchivée.')).toBeInTheDocument();
  });

  it("shows the server's refusal of an archive", async () => {
    const user = userEvent.setup();
    renderCampaign([
      campaignMock(rentree),
      {
        request: { query: archiveMock(rentree, 'x').request.query, variables: { campaignId: 'c-1' } },
        result: { errors: [{ message: "Vous n'avez pas accès à cette ressource.", extensions: { code: 'FORBIDDEN' } }] },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Archiver la campagne' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Archiver' }));
    // (The result sections, whose queries this test does not answer, show their own alerts.)
    await waitFor(() => expect(screen.getAllByRole('alert').some((alert) => alert.textContent?.includes("Vous n'avez pas accès à cette ressource."))).toBe(true));
    expect(screen.getByRole('button', { name: 'Archiver la campagne' })).toBeEnabled();
  });

  it('says when the campaign cannot be opened', async () => {
    renderCampaign(
      [{ request: { query: CampaignQuery, variables: { id: 'c-404' } }, result: { errors: [{ message: "Cette campagne n'existe pas.", extensions: { code: 'NOT_FOUND' } }] } }],
      'c-404',
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Campagne introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Retour aux campagnes' })).toHaveAttribute('href', '/organisations/org-1/campagnes');
  });
});
