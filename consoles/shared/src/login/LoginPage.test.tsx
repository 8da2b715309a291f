import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { LogInMutation } from '../auth/auth.graphql';
import { type RenderOptions, renderWithProviders, Session } from '../testing/render';
import { LoginPage } from './LoginPage';

function renderLoginPage(mocks: RenderOptions['mocks'] = []) {
  return renderWithProviders(
    <Routes>
      <Route path="/connexion" element={<LoginPage />} />
      <Route path="/" element={<p>Accueil connecté</p>} />
    </Routes>,
    { route: '/connexion', session: new Session(), mocks },
  );
}

describe('LoginPage', () => {
  it('shows the message of the server when the password is wrong', async () => {
    const user = userEvent.setup();
    renderLoginPage([
      {
        request: { query: LogInMutation, variables: { input: { login: 'camille@example.net', password: 'Mauvais1' } } },
        result: {
          errors: [
            {
              message: "L'adresse e-mail ou l'identifiant et/ou le mot de passe saisis sont incorrects.",
              extensions: { code: 'INVALID_CREDENTIALS' },
            },
          ],
        },
      },
    ]);

    await user.type(await screen.findByLabelText(/Adresse e-mail ou identifiant/), 'camille@example.net');
    await user.type(screen.getByLabelText(/^Mot de passe/), 'Mauvais1');
    await user.click(screen.getByRole('button', { name: 'Je me connecte' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      "L'adresse e-mail ou l'identifiant et/ou le mot de passe saisis sont incorrects.",
    );
    expect(screen.queryByText('Accueil connecté')).not.toBeInTheDocument();
  });

  it('asks for both fields before calling the server', async () => {
    const user = userEvent.setup();
    renderLoginPage();

    await user.click(await screen.findByRole('button', { name: 'Je me connecte' }));

    expect(screen.getByText('Veuillez saisir votre adresse e-mail ou votre identifiant.')).toBeInTheDocument();
    expect(screen.getByText('Veuillez saisir votre mot de passe.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Adresse e-mail ou identifiant/)).toHaveFocus();
  });

  it('shows and hides the password', async () => {
    const user = userEvent.setup();
    renderLoginPage();
    const password = await screen.findByLabelText(/^Mot de passe/);
    expect(password).toHaveAttribute('type', 'password');

    await user.click(screen.getByRole('button', { name: 'Afficher le mot de passe' }));
    expect(password).toHaveAttribute('type', 'text');
    await user.click(screen.getByRole('button', { name: 'Masquer le mot de passe' }));
    expect(password).toHaveAttribute('type', 'password');
  });

  it('logs in and goes to the home page', async () => {
    const user = userEvent.setup();
    renderLoginPage([
      {
        request: { query: LogInMutation, variables: { input: { login: 'camille', password: 'Correct1' } } },
        result: {
          data: {
            logIn: {
              __typename: 'AuthPayload',
              accessToken: 'token',
              accessTokenExpiresAt: '2030-01-01T00:00:00.000Z',
              user: {
                __typename: 'User',
                id: 'u1',
                firstName: 'Camille',
                lastName: 'Martin',
                email: null,
                username: 'camille',
                locale: 'fr',
                platformRole: null,
                mustChangePassword: false,
              },
            },
          },
        },
      },
    ]);

    await user.type(await screen.findByLabelText(/Adresse e-mail ou identifiant/), 'camille');
    await user.type(screen.getByLabelText(/^Mot de passe/), 'Correct1');
    await user.click(screen.getByRole('button', { name: 'Je me connecte' }));

    expect(await screen.findByText('Accueil connecté')).toBeInTheDocument();
  });
});
