import { instructionHasLink, isNeutralizedByIncident, type ChallengeIncidentCode, type ChallengeMedia } from '../../../src/certification/evaluation/domain/neutralization';

const none: ChallengeMedia = { hasImage: false, hasEmbed: false, hasAttachment: false, hasLink: false };
const image = { ...none, hasImage: true };
const embed = { ...none, hasEmbed: true };
const file = { ...none, hasAttachment: true };
const link = { ...none, hasLink: true };
const all = { hasImage: true, hasEmbed: true, hasAttachment: true, hasLink: true };

describe('automatic neutralisation by a challenge incident', () => {
  it.each<[ChallengeIncidentCode, string | null, ChallengeMedia, boolean]>([
    ['E1', 'ko', image, true],
    ['E1', 'skipped', image, true],
    ['E1', null, image, true],
    ['E1', 'timed-out', image, true],
    ['E1', 'ok', image, false],
    ['E1', 'ko', file, false],
    ['E2', 'ko', embed, true],
    ['E2', 'ko', image, false],
    ['E3', 'ko', file, true],
    ['E3', 'ok', file, false],
    ['E3', 'ko', link, false],
    ['E4', 'ko', link, true],
    ['E5', 'skipped', link, true],
    ['E6', 'ko', link, true],
    ['E6', 'ko', image, false],
    ['E7', 'ko', all, false],
    ['E7', 'skipped', none, false],
  ])('%s with answer %p and %p: %p', (code, answer, media, expected) => {
    expect(isNeutralizedByIncident(code, answer, media)).toBe(expected);
  });

  it.each([
    ['Ouvrez [le site](https://www.exemple.fr) puis répondez.', true],
    ['Rendez-vous sur https://www.exemple.fr/page et répondez.', true],
    ['Vous consultez la page `https://fr.wikipedia.org/wiki/Lune`.', false],
    ['Aucune adresse ici.', false],
  ])('%p has a link to visit: %p', (instruction, expected) => {
    expect(instructionHasLink(instruction)).toBe(expected);
  });
});
