import { type RenderOptions, renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { orgaResources } from '../../i18n';
import { lycee } from '../../testing/fixtures';
import { EMAIL_ACCOUNT_MESSAGE, eloise, generateMock, jean, lina, noah, pupilsMock, pupilsOrganizationMock, resetPasswordMock } from '../../testing/pupils-fixtures';
import { GenerateUsernamesMutation } from './pupils.graphql';
import { PupilsView } from './PupilsView';

// The data grid renders slowly in jsdom, the more so when test files run side by side.
jest.setTimeout(20_000);
configure({ asyncUtilTimeout: 3000 });

function renderAccounts(mocks: NonNullable<RenderOptions['mocks']>) {
  return renderWithProviders(<PupilsView organizationId="org-1" />, {
    title: 'Pix Orga',
    resources: orgaResources,
    mocks: [pupilsOrganizationMock(lycee), pupilsMock({}, [eloise, jean, lina, noah]), ...mocks],
  });
}

function readBytes(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.readAsArrayBuffer(blob);
  });
}

const rowOf = (name: string) => screen.getByRole('row', { name: new RegExp(name) });

async function select(user: ReturnType<typeof userEvent.setup>, ...names: string[]) {
  await screen.findByRole('heading', { level: 2, name: '4 élèves' });
  for (const name of names) await user.click(within(rowOf(name)).getByRole('checkbox'));
}

describe('The pupils\' accounts', () => {
  let createObjectURL: jest.Mock;
  let revokeObjectURL: jest.Mock;
  let click: jest.SpyInstance;
  let print: jest.Mock;

  beforeEach(() => {
    createObjectURL = jest.fn(() => 'blob:credentials');
    revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    print = jest.fn();
    window.print = print;
  });
  afterEach(() => click.mockRestore());

  it('generates usernames for the pupils ticked, shows the temporary passwords once, and offers the CSV and a sheet to print', async () => {
    const user = userEvent.setup();
    renderAccounts([
      generateMock(
        ['l-1', 'l-2', 'l-4'],
        [{ pupil: noah, username: 'noah.petit0901', temporaryPassword: 'Xr4-tB9w' }],
        [eloise],
        [jean],
      ),
    ]);
    expect(screen.queryByRole('button', { name: /Générer les identifiants/ })).not.toBeInTheDocument();
    await select(user, "D'Arcy", 'Dupont', 'Petit');
    await user.click(screen.getByRole('button', { name: 'Générer les identifiants (3)' }));

    const confirm = await screen.findByRole('dialog', { name: 'Générer les identifiants de 3 élèves ?' });
    expect(confirm).toHaveAccessibleDescription(
      /un de la forme prenom\.nomJJMM .* mot de passe provisoire qu'il devra changer à sa première connexion\. Les élèves qui ont déjà un identifiant ne sont pas modifiés, ni ceux qui se connectent avec leur propre compte \(adresse e-mail\)/,
    );
    await user.click(within(confirm).getByRole('button', { name: 'Générer' }));

    const result = await screen.findByRole('dialog', { name: 'Identifiant généré (1)' });
    expect(within(result).getByText(/Les mots de passe provisoires ne seront plus affichés/)).toBeInTheDocument();
    const table = within(result).getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Classe', 'Nom', 'Prénom', 'Identifiant', 'Mot de passe provisoire']);
    expect(within(table).getAllByRole('row').slice(1).map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['3B', 'Petit', 'Noah', 'noah.petit0901', 'Xr4-tB9w'],
    ]);
    expect(within(result).getByText("1 élève avait déjà un identifiant et n'a pas été modifié :")).toBeInTheDocument();
    expect(within(result).getByText("Éloïse D'Arcy (eloise.darcy0503)")).toBeInTheDocument();
    // Jean's own e-mail account is left alone, and the school is told what Jean can do.
    const notManaged = within(result).getByRole('region', { name: "1 élève se connecte avec son propre compte, que l'établissement ne peut pas modifier :" });
    expect(within(notManaged).getByRole('listitem')).toHaveTextContent(`Jean Dupont — ${EMAIL_ACCOUNT_MESSAGE}`);

    await user.click(within(result).getByRole('button', { name: 'Télécharger le fichier (CSV)' }));
    const blob = createObjectURL.mock.calls[0][0] as Blob;
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await readBytes(blob));
    // The server's byte order mark, once.
    expect([...bytes.slice(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 'C'.charCodeAt(0)]);
    expect(click).toHaveBeenCalledTimes(1);
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('identifiants-3A-2026-11-23.csv');
    expect(link.href).toBe('blob:credentials');

    await user.click(within(result).getByRole('button', { name: 'Imprimer' }));
    expect(print).toHaveBeenCalledTimes(1);
    const sheet = document.querySelector('.pix-orga-credentials-print');
    expect(sheet?.querySelectorAll('article')).toHaveLength(1);
    expect(sheet).toHaveTextContent('Identifiants Pix libre — Lycée Marie Curie');
    expect(sheet?.querySelector('article')).toHaveTextContent(/Petit Noah — classe 3B.*Identifiantnoah\.petit0901.*Mot de passe provisoireXr4-tB9w/);

    // The grid shows the new usernames; the selection is gone.
    await user.click(within(result).getByRole('button', { name: 'Fermer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(document.querySelector('.pix-orga-credentials-print')).not.toBeInTheDocument();
    expect(within(rowOf('Petit')).getByText('noah.petit0901')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Générer les identifiants (0)' })).toBeDisabled();
  });

  it('shows the server error in the confirmation', async () => {
    const user = userEvent.setup();
    renderAccounts([
      {
        request: { query: GenerateUsernamesMutation, variables: { organizationId: 'org-1', learnerIds: ['l-4'] } },
        result: { errors: [{ message: "Vous n'avez pas accès à cette ressource.", extensions: { code: 'FORBIDDEN' } }] },
      },
    ]);
    await select(user, 'Petit');
    await user.click(screen.getByRole('button', { name: 'Générer les identifiants (1)' }));
    const confirm = await screen.findByRole('dialog', { name: "Générer l'identifiant de 1 élève ?" });
    await user.click(within(confirm).getByRole('button', { name: 'Générer' }));
    expect(await within(confirm).findByRole('alert')).toHaveTextContent("Vous n'avez pas accès à cette ressource.");
  });

  it('gives a pupil with a username a new temporary password, to copy', async () => {
    const user = userEvent.setup();
    renderAccounts([resetPasswordMock(eloise, 'Np3-qW8s')]);
    await user.click(await screen.findByRole('button', { name: "Gérer le compte de Éloïse D'Arcy" }));

    const dialog = await screen.findByRole('dialog', { name: "Compte de Éloïse D'Arcy" });
    expect(within(dialog).getByText('Classe 3A · Né(e) le 05/03/2010')).toBeInTheDocument();
    expect(within(dialog).getByText("Éloïse D'Arcy se connecte avec l'identifiant eloise.darcy0503.")).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Réinitialiser le mot de passe' }));

    expect(await within(dialog).findByText("Nouveau mot de passe provisoire de Éloïse D'Arcy")).toBeInTheDocument();
    expect(within(dialog).getByText('Np3-qW8s')).toBeInTheDocument();
    expect(within(dialog).getByText(/ce mot de passe ne sera plus affiché/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Copier : Mot de passe provisoire' }));
    expect(await navigator.clipboard.readText()).toBe('Np3-qW8s');
    expect(within(dialog).getByText('Copié')).toBeInTheDocument();
  });

  it("tells how a pupil with an e-mail address gets a new password, and offers nothing that would change the pupil's own account", async () => {
    const user = userEvent.setup();
    renderAccounts([]);
    await user.click(await screen.findByRole('button', { name: 'Gérer le compte de Jean Dupont' }));

    const dialog = await screen.findByRole('dialog', { name: 'Compte de Jean Dupont' });
    expect(within(dialog).getByText(/se connecte avec son adresse e-mail\. .*« Mot de passe oublié \? »/)).toBeInTheDocument();
    expect(within(dialog).getByText("Ce compte appartient à l'élève : l'établissement ne peut ni lui donner un identifiant ni changer son mot de passe.")).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Réinitialiser le mot de passe' })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Générer un identifiant' })).not.toBeInTheDocument();
  });

  it("gives a username to a pupil without one, and says the server's reason when it left the account as it was", async () => {
    const user = userEvent.setup();
    renderAccounts([
      generateMock(['l-4'], [{ pupil: noah, username: 'noah.petit0901', temporaryPassword: 'Xr4-tB9w' }]),
      // Lina's account became her own meanwhile (an e-mail address): the server leaves it.
      generateMock(['l-3'], [], [], [lina]),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Gérer le compte de Noah Petit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Compte de Noah Petit' });
    await user.click(within(dialog).getByRole('button', { name: 'Générer un identifiant' }));
    expect(await within(dialog).findByText('Identifiant de Noah Petit')).toBeInTheDocument();
    expect(within(dialog).getByText('noah.petit0901')).toBeInTheDocument();
    expect(within(dialog).getByText('Xr4-tB9w')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Fermer' }));

    await user.click(await screen.findByRole('button', { name: 'Gérer le compte de Lina Martin' }));
    const linaDialog = await screen.findByRole('dialog', { name: 'Compte de Lina Martin' });
    await user.click(within(linaDialog).getByRole('button', { name: 'Générer un identifiant' }));
    expect(await within(linaDialog).findByText(EMAIL_ACCOUNT_MESSAGE)).toBeInTheDocument();
  });

  it('says a pupil of the Médiacentre needs no Pix password', async () => {
    const user = userEvent.setup();
    renderAccounts([]);
    await user.click(await screen.findByRole('button', { name: 'Gérer le compte de Lina Martin' }));
    const dialog = await screen.findByRole('dialog', { name: 'Compte de Lina Martin' });
    expect(within(dialog).getByText(/se connecte par le Médiacentre de l'ENT \(GAR\)/)).toBeInTheDocument();
  });
});
