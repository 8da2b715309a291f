import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { orgaResources } from '../../i18n';
import { campaign, campaignCreationMock, targetProfiles } from '../../testing/campaigns-fixtures';
import { CampaignCreationView } from './CampaignCreationView';
import { CreateCampaignMutation } from './campaigns.graphql';

jest.setTimeout(20_000);
configure({ asyncUtilTimeout: 3000 });

function CampaignPageStub() {
  const location = useLocation();
  return <output data-testid="campaign-page">{`${location.pathname} ${JSON.stringify(location.state)}`}</output>;
}

function renderCreation(mocks: ReadonlyArray<MockLink.MockedResponse>) {
  return renderWithProviders(
    <Routes>
      <Route path="/organisations/:organizationId/campagnes/creation" element={<CampaignCreationView organizationId="org-1" />} />
      <Route path="/organisations/:organizationId/campagnes/:campaignId" element={<CampaignPageStub />} />
    </Routes>,
    { title: 'Pix Orga', resources: orgaResources, mocks, route: '/organisations/org-1/campagnes/creation' },
  );
}

function createMock(input: Record<string, unknown>, result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: CreateCampaignMutation, variables: { input: { organizationId: 'org-1', ...input } } }, result };
}

const created = campaign('c-9', 'Rentrée 2nde A', { code: 'BCDFGH234' });
const submit = () => screen.getByRole('button', { name: 'Créer la campagne' });

describe('"Créer une campagne"', () => {
  it('checks what the API checks before sending, and puts the focus on the first field to fix', async () => {
    const user = userEvent.setup();
    const mutation = jest.fn(() => ({ data: { createCampaign: created } }));
    renderCreation([campaignCreationMock(), createMock({ name: 'x', type: 'ASSESSMENT' }, mutation)]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Créer une campagne' })).toBeInTheDocument();
    expect(document.title).toBe('Créer une campagne - Pix Orga');
    expect(screen.getByRole('link', { name: 'Campagnes' })).toHaveAttribute('href', '/organisations/org-1/campagnes');
    expect(screen.getByText('Sauf mention contraire, tous les champs sont obligatoires.')).toBeInTheDocument();
    const goal = screen.getByRole('radiogroup', { name: "Quel est l'objectif de votre campagne ?" });
    expect(within(goal).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual([
      expect.stringMatching(/^Évaluer les participants/),
      expect.stringMatching(/^Collecter les profils Pix des participants/),
    ]);
    // The external identifier is not asked unless the teacher says so.
    expect(screen.getByRole('radio', { name: 'Non' })).toBeChecked();

    await user.click(submit());
    const name = screen.getByRole('textbox', { name: 'Nom de la campagne' });
    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription('Saisissez le nom de la campagne.');
    expect(name).toBeInvalid();
    expect(goal).toHaveAccessibleDescription(/Choisissez l'objectif de la campagne/);

    await user.click(name);
    await user.paste('x'.repeat(256));
    await user.click(within(goal).getByRole('radio', { name: /Évaluer les participants/ }));
    await user.click(screen.getByRole('radio', { name: 'Oui' }));
    await user.click(screen.getByRole('textbox', { name: "Texte de la page d'accueil (facultatif)" }));
    await user.paste('é'.repeat(5_001));
    expect(screen.getByRole('textbox', { name: "Texte de la page d'accueil (facultatif)" })).toHaveAccessibleDescription(/5\s001\s\/\s5\s000 caractères\./);
    await user.click(submit());

    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription('Le nom de la campagne ne peut pas dépasser 255 caractères.');
    expect(screen.getByRole('combobox', { name: 'Parcours' })).toHaveAccessibleDescription(/^Choisissez le parcours que la campagne évaluera\./);
    expect(screen.getByRole('textbox', { name: "Libellé de l'identifiant" })).toHaveAccessibleDescription(/^Saisissez le libellé de l'identifiant externe/);
    expect(screen.getByRole('textbox', { name: "Texte de la page d'accueil (facultatif)" })).toHaveAccessibleDescription(
      /^Le texte de la page d'accueil ne peut pas dépasser 5\s000 caractères : raccourcissez-le\./,
    );
    // An error goes away as soon as its field is edited.
    await user.clear(name);
    await user.type(name, 'x');
    expect(name).toHaveAccessibleDescription(/Les participants le verront/);
    expect(mutation).not.toHaveBeenCalled();
  });

  it('creates an assessment on a parcours found by category and name, then opens its page', async () => {
    const user = userEvent.setup();
    const mutation = jest.fn(() => ({ data: { createCampaign: created } }));
    renderCreation([campaignCreationMock(), createMock({ name: 'Rentrée 2nde A', type: 'ASSESSMENT', targetProfileId: 'tp-3' }, mutation)]);

    await user.type(await screen.findByRole('textbox', { name: 'Nom de la campagne' }), '  Rentrée   2nde A ');
    await user.click(screen.getByRole('radio', { name: /Évaluer les participants/ }));
    const picker = screen.getByRole('group', { name: 'Que souhaitez-vous tester ?' });
    // "Filtrer la recherche :" lists the categories offered, in Pix Orga's order.
    const filter = within(picker).getByRole('group', { name: 'Filtrer la recherche :' });
    expect(within(filter).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual([
      'Disciplinaires',
      'Les 16 compétences',
      'Thématiques',
      'Parcours prédéfinis',
    ]);
    await user.click(within(filter).getByRole('checkbox', { name: 'Disciplinaires' }));

    const combobox = screen.getByRole('combobox', { name: 'Parcours' });
    await user.click(combobox);
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getAllByRole('option').map((option) => option.textContent)).toEqual([
      '[CLG] Éducation musicale 1 - cycle 4, 21 acquis',
      '[CLG] SVT - Cycle 4, 30 acquis',
    ]);
    expect(within(listbox).getByText('Disciplinaires')).toBeInTheDocument();
    // Each category is a group of the listbox named by its header (listbox > group > option).
    const category = within(listbox).getByRole('group', { name: 'Disciplinaires' });
    expect(within(category).getAllByRole('option')).toHaveLength(2);
    // The search ignores accents and case.
    await user.type(combobox, 'svt');
    await user.click(await screen.findByRole('option', { name: /\[CLG\] SVT - Cycle 4/ }));
    expect(combobox).toHaveValue('[CLG] SVT - Cycle 4');
    expect(combobox).toHaveAccessibleDescription(/Disciplinaires · 12 sujets · 30 acquis/);
    // A profiles collection has no parcours: its question is not asked here.
    expect(screen.queryByRole('radiogroup', { name: /envoyer plusieurs fois/ })).not.toBeInTheDocument();

    await user.click(submit());
    expect(await screen.findByTestId('campaign-page')).toHaveTextContent('/organisations/org-1/campagnes/c-9 {"created":true}');
    expect(mutation).toHaveBeenCalledTimes(1);
  });

  it('describes the chosen parcours: category, topics, skills and description', async () => {
    const user = userEvent.setup();
    renderCreation([campaignCreationMock()]);
    await user.click(await screen.findByRole('radio', { name: /Évaluer les participants/ }));
    await user.click(screen.getByRole('combobox', { name: 'Parcours' }));
    await user.click(await screen.findByRole('option', { name: /Parcours de rentrée 2nde/ }));
    expect(screen.getByText('Parcours prédéfinis · 18 sujets · 72 acquis')).toBeInTheDocument();
    expect(screen.getByText('Un premier aperçu des compétences numériques des élèves de seconde.')).toBeInTheDocument();
  });

  it('creates a profiles collection sent once, with an e-mail asked of participants and a landing text', async () => {
    const user = userEvent.setup();
    const mutation = jest.fn(() => ({ data: { createCampaign: created } }));
    renderCreation([
      campaignCreationMock(),
      createMock(
        {
          name: 'Collecte de votre profil Pix',
          type: 'PROFILES_COLLECTION',
          multipleSendings: false,
          idPixLabel: 'Adresse e-mail ENT',
          idPixType: 'EMAIL',
          customLandingPageText: 'Aucune question ne te sera posée.',
        },
        mutation,
      ),
    ]);

    await user.type(await screen.findByRole('textbox', { name: 'Nom de la campagne' }), 'Collecte de votre profil Pix');
    await user.click(screen.getByRole('radio', { name: /Collecter les profils Pix des participants/ }));
    expect(screen.queryByRole('combobox', { name: 'Parcours' })).not.toBeInTheDocument();
    const sendings = screen.getByRole('radiogroup', { name: "Souhaitez-vous permettre aux participants d'envoyer plusieurs fois leur profil ?" });
    // "Oui" by default.
    expect(within(sendings).getByRole('radio', { name: 'Oui' })).toBeChecked();
    await user.click(within(sendings).getByRole('radio', { name: 'Non' }));

    const externalId = screen.getByRole('radiogroup', { name: 'Souhaitez-vous demander un identifiant externe ?' });
    await user.click(within(externalId).getByRole('radio', { name: 'Oui' }));
    await user.type(screen.getByRole('textbox', { name: "Libellé de l'identifiant" }), 'Adresse e-mail ENT');
    const idType = screen.getByRole('radiogroup', { name: "Type de l'identifiant" });
    expect(within(idType).getByRole('radio', { name: 'Texte libre' })).toBeChecked();
    await user.click(within(idType).getByRole('radio', { name: 'Adresse e-mail' }));
    await user.click(screen.getByRole('textbox', { name: "Texte de la page d'accueil (facultatif)" }));
    await user.paste('Aucune question ne te sera posée.');
    expect(screen.getByRole('textbox', { name: "Texte de la page d'accueil (facultatif)" })).toHaveAccessibleDescription(/33 \/ 5\s000 caractères\./);

    await user.click(submit());
    expect(await screen.findByTestId('campaign-page')).toHaveTextContent('/organisations/org-1/campagnes/c-9');
    expect(mutation).toHaveBeenCalledTimes(1);
  });

  it("shows the server's error under the field it names, and the focus goes there", async () => {
    const user = userEvent.setup();
    const message = "Ce parcours n'existe pas ou n'est pas proposé à votre organisation : choisissez-en un dans la liste.";
    renderCreation([
      campaignCreationMock(),
      createMock(
        { name: 'Rentrée', type: 'ASSESSMENT', targetProfileId: 'tp-5' },
        { errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field: 'targetProfileId' } }] },
      ),
    ]);

    await user.type(await screen.findByRole('textbox', { name: 'Nom de la campagne' }), 'Rentrée');
    await user.click(screen.getByRole('radio', { name: /Évaluer les participants/ }));
    await user.click(screen.getByRole('combobox', { name: 'Parcours' }));
    await user.click(await screen.findByRole('option', { name: /Protection et sécurité/ }));
    await user.click(submit());

    const combobox = screen.getByRole('combobox', { name: 'Parcours' });
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(combobox).toHaveAccessibleDescription(new RegExp(`^${message.replace(/[()]/g, '\\$&')}`));
    expect(combobox).toHaveFocus();
    // Said once, under its field: no alert repeats it.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByTestId('campaign-page')).not.toBeInTheDocument();
  });

  it('says what to do when no parcours is offered to the organisation', async () => {
    const user = userEvent.setup();
    renderCreation([campaignCreationMock([])]);
    await user.click(await screen.findByRole('radio', { name: /Évaluer les participants/ }));
    expect(screen.getByText(/Aucun parcours n'est proposé à votre organisation/)).toBeInTheDocument();
    expect(targetProfiles.length).toBeGreaterThan(0);
  });
});
