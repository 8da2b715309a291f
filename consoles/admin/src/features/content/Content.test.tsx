import { renderWithProviders, testUser } from '@pix-libre/ui-shared/src/testing/render';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PlatformRole } from '../../__generated__/graphql';
import { adminResources } from '../../i18n';
// The routes are lazy: loaded here first, so that the tests do not wait for their modules.
import './ContentRoute';
import './ContentChallengeRoute';
import './SandboxRoute';
import { AdminRoutes } from '../../AdminRoutes';
import { ContentChallengeQuery, ContentChallengesQuery, ContentTreeQuery, PreviewAnswerQuery, TryChallengeAnswerQuery } from './content.graphql';

/** The lazy routes' first load (the data grid, the challenge renderer) on a busy machine. */
const LOAD = 15000;
jest.setTimeout(60000);

const render = (route: string, mocks: unknown[], platformRole: PlatformRole = 'METIER') =>
  renderWithProviders(<AdminRoutes />, { route, title: 'Pix Admin', resources: adminResources, mocks: mocks as never, auth: { user: { ...testUser, platformRole } } });

const tree = {
  request: { query: ContentTreeQuery },
  result: {
    data: {
      contentTree: {
        __typename: 'ContentTree',
        version: 'af07f3ae',
        areas: [{ __typename: 'ContentTreeArea', id: '1', code: '1', name: 'Information et données' }],
        competences: [{ __typename: 'ContentTreeCompetence', id: '1.1', areaId: '1', code: '1.1', name: "Mener une recherche et une veille d'information" }],
        tubes: [{ __typename: 'ContentTreeTube', id: 'fiabiliteSource', competenceId: '1.1', name: '@fiabiliteSource', title: 'Fiabilité des sources' }],
        skills: [{ __typename: 'ContentTreeSkill', id: 'fiabiliteSource6', tubeId: 'fiabiliteSource', name: '@fiabiliteSource6', level: 6, challengeCount: 2 }],
      },
    },
  },
};

const row = {
  __typename: 'ContentChallengeRow', id: 'rec-1', reference: 'fiabiliteSource6-a', type: 'QROC', status: 'VALIDATED', level: 6, skillName: '@fiabiliteSource6',
  tubeTitle: 'Fiabilité des sources', competenceCode: '1.1', instruction: 'Quel service d\'annuaire…', timer: null, hasFile: false, hasIllustration: false, hasEmbed: false, hasEnglish: true,
};

const challenge = {
  __typename: 'ContentChallenge', id: 'rec-1', reference: 'fiabiliteSource6-a', type: 'QROC', status: 'validated', solution: '["Whois","RDAP"]',
  fields: '[{"name":"service","label":"Service"}]', tolerancesOff: [], timer: null, instructionFr: 'Quel service ?', instructionEn: 'Which service?', exampleCorrectAnswer: 'Whois',
  preview: {
    __typename: 'Challenge', id: 'rec-1', type: 'QROC', instruction: "Quel service d'annuaire donne la date de création d'un nom de domaine ?", proposals: null,
    fields: [{ __typename: 'ChallengeField', name: 'service', label: 'Service', format: 'TEXTE', options: null }], timer: null, illustration: null, attachment: null, embed: null,
  },
  skill: {
    __typename: 'ContentSkill', id: 'fiabiliteSource6', name: '@fiabiliteSource6', level: 6, hint: 'Vérifier un nom de domaine',
    tube: { __typename: 'ContentTube', id: 'fiabiliteSource', name: '@fiabiliteSource', title: 'Fiabilité des sources' },
    competence: { __typename: 'ContentCompetenceRef', id: '1.1', code: '1.1', name: "Mener une recherche et une veille d'information" },
  },
  alternatives: [{ __typename: 'ContentChallengeRow', id: 'rec-2', reference: 'fiabiliteSource6-b', type: 'QROC', status: 'VALIDATED' }],
  tutorials: [{ __typename: 'ContentTutorial', id: 'tuto-1', title: 'Qui a créé ce site ?', source: 'cnil.fr', format: 'page', duration: 4, link: 'https://www.cnil.fr/', locale: 'fr', learnMore: false }],
};

const check = (result: string, detail: Record<string, unknown>) => ({
  __typename: 'PreviewAnswerResult',
  result,
  problem: null,
  details: [{ __typename: 'AnswerCheckDetail', field: 'answer', label: null, answer: 'x', expected: ['Paris'], group: null, matched: false, variant: null, tolerance: null, reason: null, ...detail }],
});

describe('Pix Admin: Contenu', () => {
  it('filters the challenges by the tree and their traits on the server, each linked to its page', async () => {
    const u = userEvent.setup();
    const asked: Record<string, unknown>[] = [];
    const list = {
      request: { query: ContentChallengesQuery, variables: () => true },
      result: (variables: Record<string, unknown>) => {
        asked.push(variables);
        return { data: { contentChallenges: { __typename: 'ContentChallengeConnection', totalCount: 1, edges: [{ __typename: 'ContentChallengeEdge', node: row }] } } };
      },
      maxUsageCount: 10,
    };
    render('/contenu', [tree, list]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Contenu' }, { timeout: LOAD })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'fiabiliteSource6-a' })).toHaveAttribute('href', '/contenu/epreuves/rec-1');
    await screen.findByText('Version du contenu : af07f3ae');
    await u.selectOptions(screen.getByRole('combobox', { name: 'Compétence' }), '1.1');
    await u.selectOptions(screen.getByRole('combobox', { name: 'Sujet (tube)' }), 'fiabiliteSource');
    await u.selectOptions(screen.getByRole('combobox', { name: 'Acquis' }), 'fiabiliteSource6');
    await u.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'QROC');
    await u.selectOptions(screen.getByRole('combobox', { name: 'En anglais' }), 'yes');
    await u.type(screen.getByLabelText('Rechercher dans les épreuves'), ' whois ');
    await u.click(screen.getByRole('button', { name: 'Rechercher' }));
    await screen.findByRole('link', { name: 'fiabiliteSource6-a' });
    expect(asked.at(-1)).toEqual({
      first: 20,
      offset: 0,
      filter: { search: 'whois', types: ['QROC'], level: null, status: null, hasFile: null, timed: null, hasEnglish: true, competenceId: '1.1', tubeId: 'fiabiliteSource', skillId: 'fiabiliteSource6' },
    });
  });

  it('shows "Contenu" and "Bac à sable" in the navigation of the content team only', async () => {
    render('/contenu', [tree], 'METIER');
    const nav = await screen.findByRole('navigation', { name: 'Menu principal' });
    expect(within(nav).getByRole('link', { name: 'Contenu' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Bac à sable' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Utilisateurs' })).not.toBeInTheDocument();
  });

  it('hides them from the support team', async () => {
    render('/utilisateurs', [], 'SUPPORT');
    const nav = await screen.findByRole('navigation', { name: 'Menu principal' });
    expect(within(nav).queryByRole('link', { name: 'Contenu' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Bac à sable' })).not.toBeInTheDocument();
  });
});

describe("Pix Admin: a challenge's page", () => {
  it('shows the challenge as the learner sees it with its solution, alternatives and tutorials, and tries an answer', async () => {
    const u = userEvent.setup();
    const sent: unknown[] = [];
    render('/contenu/epreuves/rec-1', [
      { request: { query: ContentChallengeQuery, variables: { id: 'rec-1' } }, result: { data: { contentChallenge: challenge } } },
      {
        request: { query: TryChallengeAnswerQuery, variables: () => true },
        result: (variables: Record<string, unknown>) => {
          sent.push(variables);
          return { data: { tryChallengeAnswer: check('OK', { field: 'service', label: 'Service', answer: ' WHOIS', expected: ['Whois', 'RDAP'], matched: true, variant: 'Whois', tolerance: 'T1' }) } };
        },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Épreuve fiabiliteSource6-a' }, { timeout: LOAD })).toBeInTheDocument();
    expect(screen.getByText("Quel service d'annuaire donne la date de création d'un nom de domaine ?")).toBeInTheDocument();
    expect(screen.getByText('Toutes les tolérances (T1, T2, T3) sont actives.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'fiabiliteSource6-b' })).toHaveAttribute('href', '/contenu/epreuves/rec-2');
    expect(screen.getByRole('link', { name: 'Qui a créé ce site ?' })).toHaveAttribute('href', 'https://www.cnil.fr/');

    expect(screen.getByRole('button', { name: 'Essayer' })).toBeDisabled();
    await u.type(screen.getByRole('textbox', { name: 'Service' }), ' WHOIS');
    await u.click(screen.getByRole('button', { name: 'Essayer' }));
    expect(await screen.findByText(/Réponse acceptée/)).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Correspond à « Whois » — grâce à T1 (espaces, casse, accents)' })).toBeInTheDocument();
    expect(sent).toEqual([{ challengeId: 'rec-1', value: ' WHOIS' }]);
  });
});

describe('Pix Admin: Bac à sable', () => {
  it('checks answers against a solution written as in the content files, keeps each try, and shows a refused solution under its box', async () => {
    const u = userEvent.setup();
    const sent: Record<string, unknown>[] = [];
    const preview = {
      request: { query: PreviewAnswerQuery, variables: () => true },
      result: ({ input }: { input: Record<string, unknown> }) => {
        sent.push(input);
        if (String(input.solution).includes('Lyon"\n')) return { errors: [{ message: 'Solution, ligne 3 : « " » est inattendu ici.', extensions: { code: 'BAD_USER_INPUT', field: 'solution' } }] };
        return input.value === 'PARIS'
          ? { data: { previewAnswer: check('OK', { answer: 'PARIS', matched: true, variant: 'Paris', tolerance: 'T1' }) } }
          : { data: { previewAnswer: check('KO', { answer: 'Parys' }) } };
      },
      maxUsageCount: 5,
    };
    render('/bac-a-sable', [preview]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Bac à sable' }, { timeout: LOAD })).toBeInTheDocument();
    const solution = screen.getByRole('textbox', { name: 'Solution' });
    await u.click(solution);
    await u.paste('["Paris", "paris.fr"]');
    await u.click(screen.getByRole('checkbox', { name: 'T3 (faute de frappe)' }));
    const answer = screen.getByRole('textbox', { name: 'Votre réponse' });
    await u.type(answer, 'PARIS');
    await u.click(screen.getByRole('button', { name: 'Corriger la réponse' }));
    expect(await screen.findByText(/Réponse acceptée/)).toBeInTheDocument();
    expect(sent[0]).toEqual({ type: 'QROC', solution: '["Paris", "paris.fr"]', fields: null, tolerancesOff: ['T3'], value: 'PARIS' });

    await u.clear(answer);
    await u.type(answer, 'Parys');
    await u.click(screen.getByRole('button', { name: 'Corriger la réponse' }));
    expect(await screen.findByText(/Réponse refusée/)).toBeInTheDocument();
    expect(screen.getByText('2 réponses essayées')).toBeInTheDocument();
    expect(screen.getAllByRole('cell', { name: 'Ne correspond à aucune variante' })).toHaveLength(1);

    await u.clear(solution);
    await u.click(solution);
    await u.paste('[\n"Paris",\n"Lyon"\n"Marseille"]');
    await u.click(screen.getByRole('button', { name: 'Corriger la réponse' }));
    expect(await screen.findAllByText('Solution, ligne 3 : « " » est inattendu ici.')).not.toHaveLength(0);
    expect(solution).toHaveAttribute('aria-invalid', 'true');
  });
});
