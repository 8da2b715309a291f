import { type RenderOptions, renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { learnerResources } from '../../i18n';
import { paths } from '../../urls';
import { ForgotPasswordRoute } from './ForgotPasswordRoute';
import { RequestPasswordResetMutation, ResetPasswordMutation } from './password-reset.graphql';
import { ResetPasswordRoute } from './ResetPasswordRoute';

describe('Forgotten password', () => {
  it('always answers that an e-mail was sent if the account exists', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ForgotPasswordRoute />, {
      resources: learnerResources,
      auth: { user: null },
      mocks: [
        {
          request: { query: RequestPasswordResetMutation, variables: { email: 'camille@example.net' } },
          result: { data: { requestPasswordReset: true } },
        },
      ],
    });
    await user.type(screen.getByLabelText(/^Adresse e-mail/), 'camille@example.net');
    await user.click(screen.getByRole('button', { name: 'Recevoir un lien' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      "Si un compte existe pour cette adresse, un e-mail vient d'être envoyé",
    );
  });
});

describe('Password change from the e-mailed link', () => {
  function renderReset(mocks: RenderOptions['mocks'] = []) {
    return renderWithProviders(
      <Routes>
        <Route path={paths.resetPassword} element={<ResetPasswordRoute />} />
      </Routes>,
      { route: '/changer-mot-de-passe?token=abc123', resources: learnerResources, auth: { user: null }, mocks },
    );
  }

  it('asks for the same password twice', async () => {
    const user = userEvent.setup();
    renderReset();
    await user.type(screen.getByLabelText(/^Nouveau mot de passe/), 'Nouveau1mdp');
    await user.type(screen.getByLabelText(/^Confirmez le nouveau mot de passe/), 'Nouveau1mdq');
    await user.click(screen.getByRole('button', { name: 'Je change mon mot de passe' }));

    expect(screen.getByLabelText(/^Confirmez le nouveau mot de passe/)).toHaveAccessibleDescription(
      'Les deux mots de passe ne sont pas identiques.',
    );
  });

  it('changes the password and offers to log in', async () => {
    const user = userEvent.setup();
    renderReset([
      {
        request: { query: ResetPasswordMutation, variables: { input: { token: 'abc123', password: 'Nouveau1mdp' } } },
        result: { data: { resetPassword: true } },
      },
    ]);
    await user.type(screen.getByLabelText(/^Nouveau mot de passe/), 'Nouveau1mdp');
    await user.type(screen.getByLabelText(/^Confirmez le nouveau mot de passe/), 'Nouveau1mdp');
    await user.click(screen.getByRole('button', { name: 'Je change mon mot de passe' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Votre mot de passe a été changé.');
    expect(screen.getByRole('link', { name: 'Je me connecte' })).toHaveAttribute('href', '/connexion');
  });

  it('shows the server message for an expired link', async () => {
    const user = userEvent.setup();
    renderReset([
      {
        request: { query: ResetPasswordMutation, variables: { input: { token: 'abc123', password: 'Nouveau1mdp' } } },
        result: { errors: [{ message: 'Ce lien a expiré.', extensions: { code: 'INVALID_TOKEN' } }] },
      },
    ]);
    await user.type(screen.getByLabelText(/^Nouveau mot de passe/), 'Nouveau1mdp');
    await user.type(screen.getByLabelText(/^Confirmez le nouveau mot de passe/), 'Nouveau1mdp');
    await user.click(screen.getByRole('button', { name: 'Je change mon mot de passe' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Ce lien a expiré.');
    expect(screen.getByRole('link', { name: 'Demander un nouveau lien' })).toHaveAttribute('href', '/mot-de-passe-oublie');
  });
});
