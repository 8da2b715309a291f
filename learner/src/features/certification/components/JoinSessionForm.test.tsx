import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { learnerResources } from '../../../i18n';
import { JoinSessionForm } from './JoinSessionForm';

const refusal = (code: string, extensions: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({ errors: [new GraphQLError('Message du serveur', { extensions: { code, ...extensions } }).toJSON()] });

function renderForm(props: Partial<Parameters<typeof JoinSessionForm>[0]> = {}, language: 'fr' | 'en' = 'fr') {
  const onSubmit = jest.fn();
  const view = renderWithProviders(<JoinSessionForm onSubmit={onSubmit} submitting={false} serverError={null} {...props} />, { resources: learnerResources, language });
  return { ...view, onSubmit };
}

async function fillIdentity(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByRole('textbox', { name: 'Numéro de session' }), ' 12 345');
  await user.type(screen.getByRole('textbox', { name: 'Prénom' }), ' Zoé ');
  await user.type(screen.getByRole('textbox', { name: 'Nom de naissance' }), 'Martin');
  await user.type(screen.getByRole('textbox', { name: 'Jour' }), '5');
  await user.type(screen.getByRole('textbox', { name: 'Mois' }), '3');
  await user.type(screen.getByRole('textbox', { name: 'Année' }), '2010');
}

describe('the certification join form', () => {
  it('sends the session number, identity, birth date as AAAA-MM-JJ and the access code prefilled from "J\'ai un code"', async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderForm({ initialAccessCode: 'BCDF23' });
    expect(screen.getByRole('textbox', { name: "Code d'accès" })).toHaveValue('BCDF23');
    await fillIdentity(user);
    await user.click(screen.getByRole('button', { name: 'Rejoindre la session' }));
    expect(onSubmit).toHaveBeenCalledWith({ sessionNumber: '12345', firstName: 'Zoé', lastName: 'Martin', birthdate: '2010-03-05', accessCode: 'BCDF23' });
  });

  it('ties each missing field to its message and focuses the first', async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Rejoindre la session' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Numéro de session' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Numéro de session' })).toHaveAccessibleDescription('Veuillez saisir le numéro de session.');
    expect(screen.getByRole('textbox', { name: 'Nom de naissance' })).toHaveAccessibleDescription('Veuillez saisir votre nom de naissance.');
    expect(screen.getByRole('textbox', { name: "Code d'accès" })).toHaveAccessibleDescription("Veuillez saisir le code d'accès donné par le surveillant.");
  });

  it('checks the shape of the access code, in any case', async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderForm();
    await fillIdentity(user);
    const code = screen.getByRole('textbox', { name: "Code d'accès" });
    await user.type(code, 'bcaf23');
    await user.click(screen.getByRole('button', { name: 'Rejoindre la session' }));
    expect(code).toHaveFocus();
    expect(code).toHaveAccessibleDescription("Le code d'accès compte 4 lettres puis 2 chiffres (exemple : BCDF23). Vérifiez-le.");
    await user.clear(code);
    await user.type(code, 'bcdf 23');
    await user.click(screen.getByRole('button', { name: 'Rejoindre la session' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ accessCode: 'BCDF23' }));
  });

  it.each([
    ['CERTIFICATION_CANDIDATE_NOT_FOUND', {}, /Nous n'avons pas trouvé de candidat inscrit à cette session avec ces informations/],
    ['CERTIFICATION_WRONG_ACCESS_CODE', {}, /^Le code d'accès est incorrect\. Demandez-le au surveillant de la session\.$/],
    ['TOO_MANY_ATTEMPTS', { retryAfterSeconds: 290 }, /^Trop de tentatives : réessayez dans 5 minutes\.$/],
    ['TOO_MANY_ATTEMPTS', { retryAfterSeconds: 30 }, /^Trop de tentatives : réessayez dans 1 minute\.$/],
    ['CERTIFICATION_SESSION_FINALIZED', {}, /^Cette session est finalisée/],
    ['CERTIFICATION_ALREADY_TAKEN', {}, /^Vous avez déjà passé cette certification/],
    ['CERTIFICATION_CANDIDATE_OTHER_ACCOUNT', {}, /rattaché à un autre compte/],
  ])('explains the refusal %s in French, in an alert that takes the focus', (code, extensions, message) => {
    renderForm({ serverError: refusal(code, extensions) });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveFocus();
    expect(screen.queryByRole('link', { name: 'Voir mon profil' })).not.toBeInTheDocument();
  });

  it('links a learner whose profile is not certifiable to their profile', () => {
    renderForm({ serverError: refusal('CERTIFICATION_NOT_CERTIFIABLE', { certifiableCompetencesCount: 3 }) });
    expect(screen.getByRole('alert')).toHaveTextContent(/Votre profil n'est pas encore certifiable/);
    expect(screen.getByRole('link', { name: 'Voir mon profil' })).toHaveAttribute('href', '/');
  });

  it('speaks English too', () => {
    renderForm({ serverError: refusal('CERTIFICATION_WRONG_ACCESS_CODE') }, 'en');
    expect(screen.getByRole('alert')).toHaveTextContent("The access code is wrong. Ask the session's invigilator for it.");
    expect(screen.getByRole('textbox', { name: 'Birth name' })).toBeInTheDocument();
  });
});
