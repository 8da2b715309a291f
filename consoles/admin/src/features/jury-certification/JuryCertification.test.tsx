import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { adminResources } from '../../i18n';
// Loaded ahead: AdminRoutes loads the page lazily, and the first load under ts-jest outlasts findBy's wait.
import './JuryCertificationRoute';
import { AdminRoutes } from '../../AdminRoutes';
import { courseSession, juryCourse, question, scoring, staff } from '../../testing/jury-fixtures';
import {
  CancelCertificationMutation,
  JuryCertificationQuery,
  NeutralizeChallengeMutation,
  UncancelCertificationMutation,
  UnrejectCertificationMutation,
  UpdateCandidateInformationMutation,
  UpdateJuryCommentsMutation,
} from './jury-certification.graphql';

const courseMock = (course: Record<string, unknown>) => ({
  request: { query: JuryCertificationQuery, variables: { id: '301' } },
  result: { data: { certificationCourseForJury: { ...course, session: courseSession } } },
});

function mutationMock(query: unknown, field: string, sent: unknown[], answer: Record<string, unknown>) {
  return {
    request: { query, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      sent.push(variables);
      return { data: { [field]: answer } };
    },
  } as never;
}

const render = (role: string, mocks: unknown[]) =>
  renderWithProviders(<AdminRoutes />, { route: '/certifications/301', title: 'Pix Admin', resources: adminResources, auth: { user: staff(role) }, mocks: mocks as never });

describe("Pix Admin: a candidate's certification for the jury", () => {
  it('shows the candidate, the scoring and each question with the challenge as the candidate answered it', async () => {
    const u = userEvent.setup();
    render('CERTIF', [courseMock(juryCourse())]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Certification de Léa Bernard' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Retour à la session 12' })).toHaveAttribute('href', '/sessions/12');
    expect(screen.getByText('Validée')).toBeInTheDocument();
    expect(screen.getByText('312')).toBeInTheDocument();
    expect(screen.getByText('67 %')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /3\.1 Développer des documents textuels 3 24/ })).toBeInTheDocument();

    const second = screen.getByRole('listitem', { name: 'Question 2 — compétence 3.1 — acquis @tableur2' });
    expect(within(second).getByText('Mauvaise réponse')).toBeInTheDocument();
    await u.click(within(second).getByRole('button', { name: "Voir l'épreuve de la question 2" }));
    expect(within(second).getByText('tableur').tagName).toBe('STRONG');
    expect(within(second).getByRole('radio', { name: 'GIMP' })).toBeChecked();
    expect(within(second).getByRole('radio', { name: 'GIMP' })).toBeDisabled();
    expect(within(second).getByRole('button', { name: "Masquer l'épreuve de la question 2" })).toHaveAttribute('aria-expanded', 'true');

    expect(screen.getByText(/signalement E5/)).toHaveTextContent('question 2 — signalement E5 — accepté par le surveillant');
    const history = screen.getByRole('table', { name: /Actions du jury/ });
    expect(within(history).getByRole('row', { name: /Alex Durand Session assignée État : Finalisée → État : En cours de traitement$/ })).toBeInTheDocument();
  });

  it('neutralises a question and shows the new score at once', async () => {
    const u = userEvent.setup();
    const sent: unknown[] = [];
    const rescored = juryCourse({
      questions: [question(1), question(2, { answerValue: '1', result: 'ko', isNeutralized: true, neutralizedBy: 'JURY', neutralizedByName: 'Camille Martin' }), question(3)],
      scoring: scoring({ pixScore: 330, correct: 2, counted: 2, reproducibilityRate: 1, trigger: 'JURY' }),
    });
    render('CERTIF', [courseMock(juryCourse()), mutationMock(NeutralizeChallengeMutation, 'neutralizeChallenge', sent, rescored)]);

    await u.click(await screen.findByRole('button', { name: 'Neutraliser la question 2' }));
    await waitFor(() => expect(sent).toEqual([{ input: { certificationCourseId: '301', challengeId: 'rec-2' } }]));
    expect(await screen.findByText('330')).toBeInTheDocument();
    expect(screen.getByText('100 %')).toBeInTheDocument();
    expect(screen.getByText('Neutralisée (jury)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Dé-neutraliser la question 2' })).toBeInTheDocument();
  });

  it("saves the jury's comments and cancels the certification once confirmed", async () => {
    const u = userEvent.setup();
    const comments: unknown[] = [];
    const cancelled: unknown[] = [];
    const withComments = juryCourse({ commentForCandidate: 'Question 2 neutralisée.', commentForOrganization: 'RAS' });
    render('CERTIF', [
      courseMock(juryCourse()),
      mutationMock(UpdateJuryCommentsMutation, 'updateJuryComments', comments, withComments),
      mutationMock(CancelCertificationMutation, 'cancelCertification', cancelled, { ...withComments, juryDecision: 'CANCELLED', scoring: scoring({ status: 'CANCELLED', reason: 'CANCELLED_BY_JURY', pixScore: 0 }) }),
    ]);

    await u.type(await screen.findByLabelText('Commentaire pour le candidat'), 'Question 2 neutralisée.');
    await u.type(screen.getByLabelText("Commentaire pour l'organisation"), 'RAS');
    await u.click(screen.getByRole('button', { name: 'Enregistrer les commentaires' }));
    await waitFor(() => expect(comments).toEqual([{ input: { certificationCourseId: '301', commentForCandidate: 'Question 2 neutralisée.', commentForOrganization: 'RAS' } }]));
    expect(await screen.findByText('Commentaires enregistrés.')).toBeInTheDocument();

    await u.click(screen.getByRole('button', { name: 'Annuler la certification' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Annuler la certification ?' });
    await u.click(within(dialog).getByRole('button', { name: 'Annuler la certification' }));
    await waitFor(() => expect(cancelled).toEqual([{ id: '301' }]));
    expect(await screen.findByText('Le jury a annulé cette certification.')).toBeInTheDocument();
    expect(screen.getByText('Annulée (annulée par le jury)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rétablir la certification' })).toBeInTheDocument();
  });

  it('restores a cancelled certification once confirmed: it is scored again and may be cancelled or rejected again', async () => {
    const u = userEvent.setup();
    const sent: unknown[] = [];
    const cancelled = juryCourse({ juryDecision: 'CANCELLED', scoring: scoring({ status: 'CANCELLED', reason: 'CANCELLED_BY_JURY', pixScore: 0 }) });
    render('CERTIF', [courseMock(cancelled), mutationMock(UncancelCertificationMutation, 'uncancelCertification', sent, juryCourse({ scoring: scoring({ trigger: 'JURY' }) }))]);

    expect(await screen.findByText('Le jury a annulé cette certification.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Annuler la certification' })).not.toBeInTheDocument();
    await u.click(screen.getByRole('button', { name: 'Rétablir la certification' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Rétablir la certification ?' });
    expect(dialog).toHaveTextContent("L'annulation est levée et la certification est notée de nouveau.");
    await u.click(within(dialog).getByRole('button', { name: 'Rétablir la certification' }));
    await waitFor(() => expect(sent).toEqual([{ id: '301' }]));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('button', { name: 'Annuler la certification' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rejeter pour fraude' })).toBeInTheDocument();
    expect(screen.queryByText('Le jury a annulé cette certification.')).not.toBeInTheDocument();
    expect(screen.getByText('Validée')).toBeInTheDocument();
  });

  it('lifts a rejection for fraud once confirmed; closing the dialog first sends nothing', async () => {
    const u = userEvent.setup();
    const sent: unknown[] = [];
    const rejected = juryCourse({ juryDecision: 'REJECTED_FOR_FRAUD', scoring: scoring({ status: 'REJECTED', reason: 'REJECTED_FOR_FRAUD', pixScore: 0 }) });
    render('CERTIF', [courseMock(rejected), mutationMock(UnrejectCertificationMutation, 'unrejectCertification', sent, juryCourse({ scoring: scoring({ trigger: 'JURY' }) }))]);

    expect(await screen.findByText('Le jury a rejeté cette certification pour fraude.')).toBeInTheDocument();
    await u.click(screen.getByRole('button', { name: 'Lever le rejet pour fraude' }));
    let dialog = await screen.findByRole('alertdialog', { name: 'Lever le rejet pour fraude ?' });
    await u.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(sent).toEqual([]);

    await u.click(screen.getByRole('button', { name: 'Lever le rejet pour fraude' }));
    dialog = await screen.findByRole('alertdialog', { name: 'Lever le rejet pour fraude ?' });
    await u.click(within(dialog).getByRole('button', { name: 'Lever le rejet pour fraude' }));
    await waitFor(() => expect(sent).toEqual([{ id: '301' }]));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('button', { name: 'Rejeter pour fraude' })).toBeInTheDocument();
    expect(screen.queryByText('Le jury a rejeté cette certification pour fraude.')).not.toBeInTheDocument();
  });

  it("corrects the candidate's information (incident C1)", async () => {
    const u = userEvent.setup();
    const sent: unknown[] = [];
    const base = juryCourse();
    const corrected = { ...base, candidate: { ...(base.candidate as object), lastName: 'Bernard-Roy', birthdate: '2008-03-15' } };
    render('CERTIF', [courseMock(base), mutationMock(UpdateCandidateInformationMutation, 'updateCertificationCandidateInformation', sent, corrected)]);

    await u.click(await screen.findByRole('button', { name: 'Modifier les informations du candidat' }));
    const dialog = await screen.findByRole('dialog', { name: 'Informations du candidat' });
    expect(within(dialog).getByLabelText(/^Commune de naissance/)).toHaveValue('Lyon');
    await u.clear(within(dialog).getByLabelText(/^Nom de naissance/));
    await u.type(within(dialog).getByLabelText(/^Nom de naissance/), 'Bernard-Roy');
    await u.clear(within(dialog).getByLabelText(/^Date de naissance/));
    await u.type(within(dialog).getByLabelText(/^Date de naissance/), '2008-03-15');
    await u.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() =>
      expect(sent).toEqual([
        {
          input: {
            certificationCourseId: '301', lastName: 'Bernard-Roy', firstName: 'Léa', birthdate: '2008-03-15', sex: 'F', birthCountry: 'FRANCE',
            birthInseeCode: '69123', birthCity: 'Lyon', extraTimePercentage: 0,
          },
        },
      ]),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Certification de Léa Bernard-Roy' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows SUPPORT everything but no action', async () => {
    const u = userEvent.setup();
    render('SUPPORT', [courseMock(juryCourse({ commentForCandidate: 'Vu' }))]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Certification de Léa Bernard' })).toBeInTheDocument();
    await u.click(screen.getByRole('button', { name: "Voir l'épreuve de la question 1" }));
    expect(screen.getByRole('radio', { name: 'LibreOffice Calc' })).toBeChecked();
    expect(screen.getByLabelText('Commentaire pour le candidat')).toHaveAttribute('readonly');
    const actions = /Neutraliser|Dé-neutraliser|Annuler la certification|Rejeter|Modifier les informations|Enregistrer/;
    expect(screen.queryByRole('button', { name: actions })).not.toBeInTheDocument();
  });
});
