import { challengeAsSeenIn } from '../../src/learning-content/domain/challenge-locale';
import type { Challenge } from '../../src/learning-content/domain/learning-content';
import { expectedAnswerText } from '../../src/evaluation/domain/answer-checking';

/** What a learner in English sees of a challenge: English throughout, or the French challenge when it has no English version. */
describe('a challenge as a learner sees it in their language', () => {
  const challenge: Challenge = {
    id: 'web2-a',
    skillId: 'web2',
    type: 'QROCM-ind',
    status: 'validated',
    locales: ['fr', 'en'],
    instruction: 'Quel format ?',
    instructionEn: 'Which format?',
    proposals: null,
    fields: [
      { name: 'format', label: 'Format du fichier', labelEn: 'File format', format: 'select', options: ['Image', 'Texte'], optionsEn: ['Picture', 'Text'] },
      { name: 'taille', label: 'Taille (Mo)', labelEn: 'Size (MB)', format: 'nombre' },
    ],
    solution: { format: ['Texte', 'Text'], taille: ['12'] },
    tolerancesOff: [],
    timer: null,
    illustration: { file: 'assets/a.svg', alt: 'Une liste', altEn: 'A list', fileEn: 'assets/a.en.svg' },
    attachment: { file: 'assets/f.csv', name: 'notes.csv', size: 100, fileEn: 'assets/f.en.csv', nameEn: 'marks.csv', sizeEn: 90 },
    embed: { file: 'assets/simulateurs/x.html#b', title: 'Simulateur', titleEn: 'Simulator', fileEn: 'assets/simulateurs/x.html#en-b', height: 400 },
  };

  it('is English throughout in English, the expected answer included', () => {
    const seen = challengeAsSeenIn(challenge, 'en');
    expect(seen).toMatchObject({
      instruction: 'Which format?',
      fields: [
        { label: 'File format', options: ['Picture', 'Text'] },
        { label: 'Size (MB)', options: undefined },
      ],
      illustration: { file: 'assets/a.en.svg', alt: 'A list' },
      attachment: { file: 'assets/f.en.csv', name: 'marks.csv', size: 90 },
      embed: { file: 'assets/simulateurs/x.html#en-b', title: 'Simulator' },
    });
    expect(expectedAnswerText(seen)).toBe('File format : Text\nSize (MB) : 12');
  });

  it('is the French challenge in French, and for a challenge with no English version', () => {
    expect(challengeAsSeenIn(challenge, 'fr')).toBe(challenge);
    const frenchOnly = { ...challenge, instructionEn: null };
    expect(challengeAsSeenIn(frenchOnly, 'en')).toBe(frenchOnly);
    expect(expectedAnswerText(challenge)).toBe('Format du fichier : Texte\nTaille (Mo) : 12');
  });

  it('shows a choice question its English proposals, the right one at the same place', () => {
    const qcu = { ...challenge, type: 'QCU' as const, fields: null, proposals: ['Oui', 'Non'], proposalsEn: ['Yes', 'No'], solution: '2' };
    expect(expectedAnswerText(challengeAsSeenIn(qcu, 'en'))).toBe('No');
  });
});
