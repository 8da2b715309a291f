import type { Challenge, ContentRelease, Skill, Tutorial } from '../../src/learning-content/domain/learning-content';
import {
  englishProblems,
  isBareHomePage,
  missingEnglish,
  rightAnswerKey,
  taskProblems,
  tutorialProblems,
  variantProblems,
} from '../../src/learning-content/domain/release-quality-rules';
import { withEnglishOptions } from '../../src/learning-content/domain/challenge-parser';
import { checkAnswer } from '../../src/evaluation/domain/answer-checking';

/** The rules of content release 3 (issue 15), on small releases written here. */
const skill = (name: string, level: number): Skill => ({
  id: name,
  name: `@${name}`,
  tubeId: 'web',
  competenceId: '1.1',
  level,
  hint: 'h',
  status: 'active',
  tutorialIds: [],
  learnMoreTutorialIds: [],
});
const qcu = (id: string, skillId: string, proposals: string[], solution: string, extra: Partial<Challenge> = {}): Challenge => ({
  id,
  skillId,
  type: 'QCU',
  status: 'validated',
  locales: ['fr'],
  instruction: 'Question',
  instructionEn: null,
  proposals,
  fields: null,
  solution,
  tolerancesOff: [],
  timer: null,
  illustration: null,
  attachment: null,
  ...extra,
});
const release = (skills: Skill[], challenges: Challenge[], tutorials: Tutorial[] = []): ContentRelease => ({
  version: 't',
  areas: [],
  competences: [{ id: '1.1', code: '1.1', areaId: '1', name: 'n', nameEn: 'n', description: 'd', descriptionEn: 'd' }],
  tubes: [{ id: 'web', name: '@web', competenceId: '1.1', title: 't', titleEn: 't', thematic: 't', description: 'd' }],
  skills,
  challenges,
  tutorials,
});

describe('variants of a skill', () => {
  it('asks four served challenges at levels 1 to 5 and three at level 6, archived ones not counted', () => {
    const four = ['a', 'b', 'c', 'd'].map((l, i) => qcu(`web2-${l}`, 'web2', ['x', 'y', `z${i}`], '3'));
    const three = ['a', 'b', 'c'].map((l, i) => qcu(`web6-${l}`, 'web6', ['x', 'y', `z${i}`], '3'));
    const archived = { ...qcu('web3-d', 'web3', ['x', 'y', 'z9'], '3'), status: 'archived' as const };
    const web3 = ['a', 'b', 'c'].map((l, i) => qcu(`web3-${l}`, 'web3', ['x', 'y', `z${i}`], '3'));
    expect(variantProblems(release([skill('web2', 2), skill('web3', 3), skill('web6', 6)], [...four, ...three, ...web3, archived]))).toEqual([
      'skill @web3 (level 3) has 3 validated challenge(s) (at least 4)',
    ]);
  });

  it('refuses two variants whose right answer is the same, whatever the order of the proposals or the case', () => {
    const challenges = [
      qcu('web6-a', 'web6', ['Le cadenas', 'La CNIL', 'Un VPN'], '2'),
      qcu('web6-b', 'web6', ['la cnil ', 'Un antivirus', 'Le pare-feu'], '1'),
      qcu('web6-c', 'web6', ['Un VPN', 'Le cadenas', 'Le pare-feu'], '3'),
    ];
    expect(variantProblems(release([skill('web6', 6)], challenges))).toEqual(['skill @web6: web6-a and web6-b have the same right answer (each variant needs its own)']);
  });

  it('compares open challenges by their accepted variants', () => {
    const qroc = (solution: string[]) => ({ type: 'QROC', proposals: null, solution }) as unknown as Challenge;
    expect(rightAnswerKey(qroc(['Paris', 'paris ']))).toBe(rightAnswerKey(qroc(['PARIS', 'Paris'])));
    expect(rightAnswerKey(qroc(['Lyon']))).not.toBe(rightAnswerKey(qroc(['Paris'])));
  });
});

describe('tasks', () => {
  it('asks a third of the challenges of levels 2 to 6 to be tasks (image, file or simulator); level 1 does not count', () => {
    const image = { file: 'assets/a.svg', alt: 'a', altEn: null };
    const challenges = [
      qcu('web1-a', 'web1', ['x', 'y'], '1'),
      qcu('web2-a', 'web2', ['x', 'y'], '1', { illustration: image }),
      qcu('web2-b', 'web2', ['x', 'z'], '1'),
      qcu('web2-c', 'web2', ['x', 'w'], '1'),
    ];
    const skills = [skill('web1', 1), skill('web2', 2)];
    expect(taskProblems(release(skills, challenges))).toEqual([]);
    const fewer = [...challenges, qcu('web2-d', 'web2', ['x', 'v'], '1')];
    expect(taskProblems(release(skills, fewer))).toEqual(['1 of 4 challenges of levels 2–6 are tasks (25 %, at least a third)']);
  });
});

describe('English', () => {
  it('names what an English challenge still shows in French', () => {
    const c = qcu('web2-a', 'web2', ['Oui', 'Non'], '1', { instructionEn: 'Question', illustration: { file: 'assets/a.svg', alt: 'a', altEn: null } });
    expect(missingEnglish(c)).toEqual(['proposalsEn', 'illustration.altEn']);
    const open = {
      ...qcu('web2-b', 'web2', [], '1', { instructionEn: 'Q' }),
      type: 'QROC' as const,
      proposals: null,
      fields: [{ name: 'r', label: 'Réponse' }],
      solution: ['x'],
      answerChecks: { accept: [], refuse: [], acceptEn: ['x'], refuseEn: [] },
    };
    expect(missingEnglish(open)).toEqual(['fields.r.labelEn', 'mustAcceptEn (1, at least 3)', 'mustRefuseEn (0, at least 2)']);
    expect(missingEnglish({ ...c, instructionEn: null })).toEqual([]);
  });

  it('asks two complete English challenges per skill of levels 1 to 4', () => {
    const en = (id: string, right: string) => qcu(id, 'web4', ['A', right], '2', { instructionEn: 'Q', proposalsEn: ['A', right] });
    const problems = englishProblems(release([skill('web4', 4), skill('web5', 5)], [en('web4-a', 'B'), qcu('web4-b', 'web4', ['A', 'C'], '2', { instructionEn: 'Q' })]));
    expect(problems).toEqual([
      'challenge web4-b has an English instruction but no proposalsEn',
      'skill @web4 has 1 complete English challenge(s) (at least 2)',
    ]);
  });

  it('accepts the English option of a drop-down without the author writing it twice', () => {
    const challenge = {
      id: 'web2-c',
      type: 'QROCM-ind',
      tolerancesOff: [],
      timer: null,
      fields: [
        { name: 'format', label: 'Format', format: 'select', options: ['Image', 'Texte', 'Son'], optionsEn: ['Image', 'Text', 'Sound'] },
        { name: 'taille', label: 'Taille', format: 'nombre' },
      ],
      solution: { format: ['Texte'], taille: ['12'] },
    } as unknown as Challenge;
    const solution = withEnglishOptions(challenge);
    expect(solution).toEqual({ format: ['Texte', 'Text'], taille: ['12'] });
    const withEnglish = { ...challenge, solution };
    expect(checkAnswer(withEnglish, JSON.stringify({ format: 'Text', taille: '12' }))).toBe('ok');
    expect(checkAnswer(withEnglish, JSON.stringify({ format: 'Texte', taille: '12' }))).toBe('ok');
    expect(checkAnswer(withEnglish, JSON.stringify({ format: 'Sound', taille: '12' }))).toBe('ko');
  });

  it('does so in a QROCM-dep too, whose groups are not tied to a field', () => {
    const options = { format: 'select', options: ['Image', 'Texte', 'Son'], optionsEn: ['Picture', 'Text', 'Sound'] };
    const challenge = {
      type: 'QROCM-dep',
      fields: [{ name: 'a', label: 'A', ...options }, { name: 'b', label: 'B', ...options }],
      solution: [['Texte'], ['Son']],
    } as unknown as Challenge;
    expect(withEnglishOptions(challenge)).toEqual([['Texte', 'Text'], ['Son', 'Sound']]);
  });
});

describe('tutorials', () => {
  const tutorial = (id: string, extra: Partial<Tutorial> = {}): Tutorial => ({
    id,
    tubeId: 'web',
    title: 'Titre',
    titleEn: 'Title',
    source: 'lumni.fr',
    format: 'page',
    durationMinutes: 4,
    link: `https://www.lumni.fr/video/${id}`,
    locale: 'fr',
    ...extra,
  });

  it('asks three short French tutorials per tube with English titles, one encyclopaedia page at most, no home page, a video or guide per competence', () => {
    const ok = [tutorial('t1', { format: 'vidéo' }), tutorial('t2'), tutorial('t3', { link: 'https://fr.wikipedia.org/wiki/Moteur' })];
    expect(tutorialProblems(release([], [], ok))).toEqual([]);
    const bad = [
      tutorial('t1', { link: 'https://fr.wikipedia.org/wiki/A' }),
      tutorial('t2', { link: 'https://fr.wikipedia.org/wiki/B', titleEn: null }),
      tutorial('t3', { link: 'https://www.cnil.fr/', durationMinutes: 40, locale: 'en' }),
    ];
    expect(tutorialProblems(release([], [], bad))).toEqual([
      'tube @web has 2 French tutorial(s) (at least 3)',
      'tube @web has 2 Wikipedia tutorials (at most 1)',
      'tutorial t2 has no titleEn',
      'tutorial t3 lasts 40 min (at most 15: a few minutes)',
      'tutorial t3 links to a home page (https://www.cnil.fr/): link the page that teaches',
      'competence 1.1 has no tutorial in video or practical-guide format',
    ]);
  });

  it('tells a home page from a page that teaches', () => {
    expect(isBareHomePage('https://www.internetsanscrainte.fr')).toBe(true);
    expect(isBareHomePage('https://www.internetsanscrainte.fr/')).toBe(true);
    expect(isBareHomePage('https://www.cnil.fr/fr/les-conseils-de-la-cnil-pour-un-bon-mot-de-passe')).toBe(false);
  });
});
