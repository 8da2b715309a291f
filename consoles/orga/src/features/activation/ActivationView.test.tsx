import { type RenderOptions, renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { orgaResources } from '../../i18n';
import { RequestOrganizationActivationMutation } from './activation.graphql';
import { ActivationRoute } from './ActivationRoute';

const input = { uai: '0751234A', firstName: 'Claire', lastName: 'Dubois' };
const SENT =
  "Un e-mail vient d'être envoyé à l'adresse officielle de votre établissement. Il contient un lien à transmettre à la personne qui administrera l'espace.";

function renderActivation(mocks: RenderOptions['mocks'] = []) {
  return renderWithProviders(<ActivationRoute />, { route: '/activation', title: 'Pix Orga', resources: orgaResources, auth: { user: null }, mocks });
}

function activationMock(result: object, variables = { input }) {
  return { request: { query: RequestOrganizationActivationMutation, variables }, result };
}

async function fillIn(user: ReturnType<typeof userEvent.setup>, values: Partial<typeof input> = {}) {
  const all = { ...input, ...values };
  if (all.uai) await user.type(await screen.findByLabelText(/^UAI\/RNE de l'établissement/), all.uai);
  if (all.firstName) await user.type(screen.getByLabelText(/^Votre prénom/), all.firstName);
  if (all.lastName) await user.type(screen.getByLabelText(/^Votre nom/), all.lastName);
}

const submit = () => screen.getByRole('button', { name: "Recevoir le lien d'activation" });

describe('"Activez ou récupérez votre espace"', () => {
  it('asks for the UAI, first name and last name, and links back to the log-in page', async () => {
    renderActivation();
    expect(await screen.findByRole('heading', { level: 1, name: 'Activez ou récupérez votre espace' })).toBeInTheDocument();
    expect(document.title).toBe('Activez ou récupérez votre espace - Pix Orga');
    expect(screen.getByText('Tous les champs sont obligatoires.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^UAI\/RNE de l'établissement/)).toHaveAccessibleDescription("7 chiffres suivis d'une lettre, exemple : 0751234A");
    expect(screen.getByLabelText(/^UAI\/RNE de l'établissement/)).toBeRequired();
    expect(screen.getByLabelText(/^Votre prénom/)).toHaveAttribute('autocomplete', 'given-name');
    expect(screen.getByLabelText(/^Votre nom/)).toHaveAttribute('autocomplete', 'family-name');
    expect(screen.getByRole('link', { name: 'Revenir à la page de connexion' })).toHaveAttribute('href', '/connexion');
  });

  it('checks the fields before calling the server', async () => {
    const user = userEvent.setup();
    renderActivation();
    await fillIn(user, { uai: '075123', firstName: '' , lastName: '' });
    await user.click(submit());

    expect(screen.getByLabelText(/^UAI\/RNE/)).toHaveAccessibleDescription("L'UAI doit compter 7 chiffres suivis d'une lettre (exemple : 0751234A).");
    expect(screen.getByLabelText(/^UAI\/RNE/)).toBeInvalid();
    expect(screen.getByLabelText(/^UAI\/RNE/)).toHaveFocus();
    expect(screen.getByLabelText(/^Votre prénom/)).toHaveAccessibleDescription('Veuillez saisir votre prénom.');
    expect(screen.getByLabelText(/^Votre nom/)).toHaveAccessibleDescription('Veuillez saisir votre nom.');
  });

  it("sends the request (UAI in capitals, without spaces) and says only that the school's official address got a message", async () => {
    const user = userEvent.setup();
    renderActivation([activationMock({ data: { requestOrganizationActivation: true } })]);
    await fillIn(user, { uai: ' 0751234a ', firstName: '  Claire ' });
    await user.click(submit());

    expect(await screen.findByRole('status')).toHaveTextContent(SENT);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByText(/@/)).not.toBeInTheDocument();
  });

  it('says under the UAI field when the UAI is not recognised', async () => {
    const user = userEvent.setup();
    const message = "Cet UAI n'est pas reconnu. Vérifiez-le ou contactez le support Pix.";
    renderActivation([activationMock({ errors: [{ message, extensions: { code: 'NOT_FOUND' } }] })]);
    await fillIn(user);
    await user.click(submit());

    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByLabelText(/^UAI\/RNE/)).toHaveAccessibleDescription(message);
    expect(screen.getByLabelText(/^UAI\/RNE/)).toBeInvalid();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    // The message goes once the field is edited.
    await user.type(screen.getByLabelText(/^UAI\/RNE/), '{Backspace}B');
    expect(screen.queryByText(message)).not.toBeInTheDocument();
  });

  it('shows a server error under the field it names', async () => {
    const user = userEvent.setup();
    const message = 'Ce champ ne peut pas dépasser 100 caractères.';
    renderActivation([activationMock({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field: 'lastName' } }] })]);
    await fillIn(user);
    await user.click(submit());

    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Votre nom/)).toHaveAccessibleDescription(message);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the throttling message in an alert', async () => {
    const user = userEvent.setup();
    const message = 'Trop de tentatives. Veuillez réessayer plus tard.';
    renderActivation([activationMock({ errors: [{ message, extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 600 } }] })]);
    await fillIn(user);
    await user.click(submit());

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(submit()).toBeEnabled();
  });
});
