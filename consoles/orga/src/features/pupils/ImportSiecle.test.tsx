import { Session, SessionContext } from '@pix-libre/ui-shared';
import { type RenderOptions, renderWithProviders, testUser } from '@pix-libre/ui-shared/src/testing/render';
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { orgaResources } from '../../i18n';
import { FakeXhr, installFakeXhr, lastRequest } from '../../testing/fake-xhr';
import { lycee } from '../../testing/fixtures';
import { eloise, importedPupil, importJob, importJobMock, importProblem, jean, pupilsMock, pupilsOrganizationMock } from '../../testing/pupils-fixtures';
import { PupilsView } from './PupilsView';

// The data grid renders slowly in jsdom, the more so when test files run side by side.
jest.setTimeout(20_000);
configure({ asyncUtilTimeout: 3000 });

const POLLING = { timeout: 4000 };
let restoreXhr: () => void;

beforeEach(() => {
  restoreXhr = installFakeXhr();
});
afterEach(() => restoreXhr());

function renderImport(mocks: NonNullable<RenderOptions['mocks']>) {
  const session = new Session();
  session.start({ accessToken: 'token-1', accessTokenExpiresAt: '2026-11-23T15:00:00.000Z', user: testUser });
  return renderWithProviders(
    <SessionContext.Provider value={session}>
      <PupilsView organizationId="org-1" />
    </SessionContext.Provider>,
    { title: 'Pix Orga', resources: orgaResources, mocks: [pupilsOrganizationMock(lycee, 'ADMIN', ['3A']), pupilsMock({}, [eloise]), ...mocks] },
  );
}

async function chooseAndImport(user: ReturnType<typeof userEvent.setup>, file = new File(['<BEE_ELEVES/>'], 'ElevesSansAdresses.zip', { type: 'application/zip' })) {
  await user.click(await screen.findByRole('button', { name: 'Importer (SIECLE)' }));
  const dialog = await screen.findByRole('dialog', { name: 'Importer la base élèves (SIECLE)' });
  await user.upload(within(dialog).getByLabelText('Choisir le fichier (.zip ou .xml)'), file);
  await user.click(within(dialog).getByRole('button', { name: 'Importer' }));
  return dialog;
}

describe('"Importer (SIECLE)"', () => {
  it('sends the file as a multipart request, shows its progress, follows the job and gives the report', async () => {
    const user = userEvent.setup();
    renderImport([
      importJobMock(importJob('RUNNING', { progress: 40 })),
      importJobMock(
        importJob('DONE', {
          progress: 100,
          pupilsAdded: 12,
          pupilsUpdated: 3,
          pupilsLeft: 1,
          // The server names the first ones only (200 in real life): "et 10 autres".
          addedPupils: [importedPupil('3A', 'DARCY', 'Éloïse'), importedPupil('3B', 'DUPONT', 'Jean')],
          leftPupils: [importedPupil('3A', 'MARTIN', 'Léa')],
        }),
      ),
      pupilsOrganizationMock(lycee, 'ADMIN', ['3A', '3B']),
      pupilsMock({}, [eloise, jean]),
    ]);
    const dialog = await chooseAndImport(user);
    expect(within(dialog).getByText(/ElevesSansAdresses\.zip/)).toBeInTheDocument();

    const request = lastRequest();
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/graphql');
    expect(request.headers).toMatchObject({ authorization: 'Bearer token-1', 'apollo-require-preflight': 'true', 'accept-language': 'fr' });
    const operations = JSON.parse(String(request.body?.get('operations')));
    expect(operations.query).toContain('importSiecleFile(organizationId: $organizationId, file: $file)');
    expect(operations.variables).toEqual({ organizationId: 'org-1', file: null });
    expect(JSON.parse(String(request.body?.get('map')))).toEqual({ 0: ['variables.file'] });
    expect((request.body?.get('0') as File).name).toBe('ElevesSansAdresses.zip');

    request.progress(512, 1024);
    const status = within(dialog).getByRole('status');
    expect(status).toHaveTextContent('Envoi du fichier : 50 %');
    expect(within(dialog).getByRole('progressbar', { name: "Progression de l'import" })).toHaveAttribute('aria-valuenow', '50');

    await request.respond({ data: { importSiecleFile: importJob('PENDING') } });
    expect(await within(dialog).findByText('Import des élèves en cours : 40 %', {}, POLLING)).toBeInTheDocument();
    expect(within(dialog).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '40');

    expect(await within(dialog).findByText('Import terminé', {}, POLLING)).toBeInTheDocument();
    expect(status).toHaveTextContent("12 élèves ajoutés, 3 mis à jour, 1 sorti de l'établissement.");
    expect(within(dialog).queryByRole('progressbar')).not.toBeInTheDocument();
    // Who was added and who left, not only how many; the names are not read out with the summary.
    const added = within(dialog).getByRole('region', { name: 'Élèves ajoutés' });
    expect(within(added).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['3A — DARCY Éloïse', '3B — DUPONT Jean']);
    expect(added).toHaveTextContent('et 10 autres');
    const left = within(dialog).getByRole('region', { name: "Élèves sortis de l'établissement" });
    expect(within(left).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['3A — MARTIN Léa']);
    expect(left).not.toHaveTextContent('autre');
    expect(status).not.toHaveTextContent('DARCY');

    // The grid and the classes are asked again.
    await user.click(within(dialog).getByRole('button', { name: 'Fermer' }));
    expect(await screen.findByRole('row', { name: /Dupont/ })).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Classe' }));
    expect(within(await screen.findByRole('listbox')).getAllByRole('option').map((option) => option.textContent)).toEqual(['Toutes les classes', '3A', '3B']);
  });

  it('lists what to fix, with line numbers, when the file is refused, saying nothing changed', async () => {
    const user = userEvent.setup();
    renderImport([
      importJobMock(
        importJob('FAILED', {
          errors: [
            importProblem("L'INE de l'élève DUPONT Jean est absent.", 12),
            importProblem("L'INE 123456789AA figure deux fois dans le fichier.", 40, 'INE_DUPLICATE'),
            importProblem("Ce fichier appartient à un autre établissement (UAI 0759876B).", null, 'UAI_MISMATCH'),
          ],
        }),
      ),
    ]);
    const dialog = await chooseAndImport(user);
    await lastRequest().respond({ data: { importSiecleFile: importJob('PENDING') } });

    expect(await within(dialog).findByText("L'import a échoué", {}, POLLING)).toBeInTheDocument();
    expect(within(dialog).getByText(/Aucun élève n'a été ajouté ni modifié/)).toBeInTheDocument();
    expect(within(dialog).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      "Ligne 12 : L'INE de l'élève DUPONT Jean est absent.",
      "Ligne 40 : L'INE 123456789AA figure deux fois dans le fichier.",
      'Ce fichier appartient à un autre établissement (UAI 0759876B).',
    ]);

    // Another file may be sent.
    await user.click(within(dialog).getByRole('button', { name: 'Importer un autre fichier' }));
    expect(within(dialog).getByLabelText('Choisir le fichier (.zip ou .xml)')).toBeInTheDocument();
  });

  it("shows the mutation's errors", async () => {
    const user = userEvent.setup();
    renderImport([]);
    const dialog = await chooseAndImport(user);
    await lastRequest().respond(
      { errors: [{ message: "Cette organisation n'importe pas d'élèves depuis SIECLE.", extensions: { code: 'BAD_USER_INPUT', field: 'organizationId' } }] },
      400,
    );

    expect(within(dialog).getByRole('status')).toHaveTextContent("L'import a échoué");
    expect(within(dialog).getByRole('listitem')).toHaveTextContent("Cette organisation n'importe pas d'élèves depuis SIECLE.");
  });

  it('says when the file could not be sent', async () => {
    const user = userEvent.setup();
    renderImport([]);
    const dialog = await chooseAndImport(user);
    await lastRequest().fail();
    expect(within(dialog).getByRole('status')).toHaveTextContent('Le service est momentanément indisponible');
  });

  it('cancels the upload', async () => {
    const user = userEvent.setup();
    renderImport([]);
    const dialog = await chooseAndImport(user);
    const abort = jest.spyOn(lastRequest(), 'abort');
    await user.click(within(dialog).getByRole('button', { name: "Annuler l'envoi" }));
    expect(abort).toHaveBeenCalled();
    expect(within(dialog).getByLabelText('Choisir le fichier (.zip ou .xml)')).toBeInTheDocument();
    expect(within(dialog).getByRole('status')).toBeEmptyDOMElement();
  });

  // axe: nested-interactive. The file input is the only control: no button wraps it, which a screen
  // reader would announce as one button hiding the input from focus and from its name.
  it('offers "Choisir le fichier" as one labelled file input, inside no button', async () => {
    const user = userEvent.setup();
    renderImport([]);
    await user.click(await screen.findByRole('button', { name: 'Importer (SIECLE)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Importer la base élèves (SIECLE)' });
    const input = within(dialog).getByLabelText('Choisir le fichier (.zip ou .xml)');
    expect(input).toHaveAttribute('type', 'file');
    expect(input.closest('button, [role="button"]')).toBeNull();
    expect(within(dialog).queryByRole('button', { name: /Choisir le fichier/ })).not.toBeInTheDocument();
    expect(within(dialog).getAllByRole('button').map((button) => button.textContent)).toEqual(['Annuler', 'Importer']);
  });

  it('refuses a file over 20 Mo before sending anything', async () => {
    const user = userEvent.setup();
    renderImport([]);
    await user.click(await screen.findByRole('button', { name: 'Importer (SIECLE)' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/exportez la base élèves sans adresses : vous obtenez le fichier zip « ElevesSansAdresses »/)).toBeInTheDocument();
    const input = within(dialog).getByLabelText('Choisir le fichier (.zip ou .xml)');
    expect(input).toHaveAttribute('accept', '.zip,.xml');

    await user.click(within(dialog).getByRole('button', { name: 'Importer' }));
    expect(input).toHaveAccessibleDescription(/^Choisissez le fichier exporté de SIECLE\./);

    const large = new File(['x'], 'ElevesSansAdresses.zip', { type: 'application/zip' });
    Object.defineProperty(large, 'size', { value: 21.5 * 1024 * 1024 });
    await user.upload(input, large);
    expect(within(dialog).getByText(/Ce fichier pèse 21,5 Mo : il dépasse la limite de 20 Mo/)).toBeInTheDocument();
    expect(input).toBeInvalid();
    await user.click(within(dialog).getByRole('button', { name: 'Importer' }));
    expect(FakeXhr.requests).toHaveLength(0);
  });
});
