import { SignUpMutation } from '@pix-libre/ui-shared/src/auth/auth.graphql';
import { type RenderOptions, renderWithProviders, Session } from '@pix-libre/ui-shared/src/testing/render';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { learnerResources } from '../../i18n';
import { SignUpRoute } from './SignUpRoute';

const input = {
  firstName: 'Camille',
  lastName: 'Martin',
  email: 'camille@example.net',
  password: 'Motdepasse1',
  cgu: true,
  locale: 'fr',
};

function renderSignUp(mocks: RenderOptions['mocks'] = []) {
  return renderWithProviders(
    <Routes>
      <Route path="/inscription" element={<SignUpRoute />} />
      <Route path="/" element={<p>Tableau de bord</p>} />
    </Routes>,
    { route: '/inscription', resources: learnerResources, session: new Session(), mocks },
  );
}

async function fillIn(user: ReturnType<typeof userEvent.setup>, values: Partial<typeof input> = {}) {
  const all = { ...input, ...values };
  await user.type(await screen.findByLabelText(/^Prénom/), all.firstName);
  await user.type(screen.getByLabelText(/^Nom/), all.lastName);
  await user.type(screen.getByLabelText(/^Adresse e-mail/), all.email);
  await user.type(screen.getByLabelText(/^Mot de passe/), all.password);
  if (all.cgu) await user.click(screen.getByRole('checkbox', { name: /J'accepte les conditions d'utilisation/ }));
}

describe('Sign-up', () => {
  it('states the password rule and links the terms of use', async () => {
    renderSignUp();
    const password = await screen.findByLabelText(/^Mot de passe/);
    expect(password).toHaveAccessibleDescription('8 caractères minimum, dont une majuscule, une minuscule et un chiffre.');
    expect(screen.getByRole('link', { name: "conditions d'utilisation" })).toHaveAttribute(
      'href',
      '/conditions-generales-d-utilisation',
    );
    expect(document.title).toBe('Inscription - Pix libre');
  });

  it('shows an error under each wrong field before calling the server', async () => {
    const user = userEvent.setup();
    renderSignUp();
    await fillIn(user, { firstName: ' ', email: 'pas-une-adresse', password: 'court', cgu: false });
    await user.click(screen.getByRole('button', { name: "Je m'inscris" }));

    expect(screen.getByLabelText(/^Prénom/)).toHaveAccessibleDescription('Veuillez saisir votre prénom.');
    expect(screen.getByLabelText(/^Prénom/)).toHaveFocus();
    expect(screen.getByLabelText(/^Prénom/)).toBeInvalid();
    expect(screen.getByLabelText(/^Adresse e-mail/)).toHaveAccessibleDescription(
      'Veuillez saisir une adresse e-mail valide (exemple : nom@domaine.fr).',
    );
    expect(screen.getByLabelText(/^Mot de passe/)).toHaveAccessibleDescription(
      'Votre mot de passe doit contenir 8 caractères minimum, dont une majuscule, une minuscule et un chiffre.',
    );
    expect(screen.getByRole('checkbox')).toHaveAccessibleDescription(
      "Vous devez accepter les conditions d'utilisation pour créer un compte. Les conditions d'utilisation s'ouvrent dans un nouvel onglet.",
    );
  });

  it('shows a server error under the field it names', async () => {
    const user = userEvent.setup();
    renderSignUp([
      {
        request: { query: SignUpMutation, variables: { input } },
        result: {
          errors: [
            {
              message: 'Un compte existe déjà avec cette adresse e-mail.',
              extensions: { code: 'BAD_USER_INPUT', field: 'email' },
            },
          ],
        },
      },
    ]);
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: "Je m'inscris" }));

    expect(await screen.findByText('Un compte existe déjà avec cette adresse e-mail.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Adresse e-mail/)).toHaveAccessibleDescription('Un compte existe déjà avec cette adresse e-mail.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('signs up and opens the dashboard', async () => {
    const user = userEvent.setup();
    renderSignUp([
      {
        request: { query: SignUpMutation, variables: { input } },
        result: {
          data: {
            signUp: {
              __typename: 'AuthPayload',
              accessToken: 'token',
              accessTokenExpiresAt: '2030-01-01T00:00:00.000Z',
              user: {
                __typename: 'User',
                id: 'u1',
                firstName: 'Camille',
                lastName: 'Martin',
                email: 'camille@example.net',
                username: null,
                locale: 'fr',
                platformRole: null,
                mustChangePassword: false,
              },
            },
          },
        },
      },
    ]);
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: "Je m'inscris" }));
    expect(await screen.findByText('Tableau de bord')).toBeInTheDocument();
  });
});
