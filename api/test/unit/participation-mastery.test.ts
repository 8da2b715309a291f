import {
  assessmentResultsOf,
  assessmentValuesOf,
  profileValuesOf,
  type KnowledgeFact,
} from '../../src/prescription/campaign-participation/domain/mastery';
import {
  canChangeMultipleSendings,
  decideSend,
  decideStart,
  validateExternalId,
  type Participation,
} from '../../src/prescription/campaign-participation/domain/participation';
import { AlreadyParticipatedError } from '../../src/prescription/campaign-participation/domain/participation-errors';
import { BadUserInputError } from '../../src/shared/domain/errors';

const ORDER = ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '5.1', '5.2'];
const fact = (skillId: string, competenceId: string, status: KnowledgeFact['status'] = 'validated', earnedPix = 4): KnowledgeFact => ({
  skillId,
  competenceId,
  status,
  earnedPix: status === 'validated' ? earnedPix : 0,
});

describe('mastery of an assessment campaign (domain.md §6)', () => {
  const targets = [
    { id: 'recherche1', competenceId: '1.1' },
    { id: 'recherche2', competenceId: '1.1' },
    { id: 'recherche3', competenceId: '1.1' },
    { id: 'source1', competenceId: '1.1' },
    { id: 'droit1', competenceId: '2.2' },
    { id: 'droit2', competenceId: '2.2' },
  ];

  it('counts the validated campaign skills, per competence in the framework order, and the rate over the campaign skills', () => {
    const knowledge = [
      fact('droit1', '2.2'),
      fact('recherche1', '1.1'),
      fact('recherche2', '1.1'),
      fact('recherche3', '1.1', 'invalidated'),
      fact('autre5', '1.1'), // not a skill of the campaign: ignored
    ];
    const values = assessmentValuesOf(targets, knowledge, ORDER);
    expect(values).toMatchObject({ validatedSkillsCount: 3, masteryRate: 0.5, pixScore: 12, isCertifiable: null, certifiableCompetencesCount: null });
    expect(values.snapshot.validatedSkillIds).toEqual(['droit1', 'recherche1', 'recherche2']);
    expect(values.snapshot.invalidatedSkillIds).toEqual(['recherche3']);
    const results = assessmentResultsOf(values.snapshot);
    expect(results).toEqual({
      masteryRate: 0.5,
      validatedSkillsCount: 3,
      targetedSkillsCount: 6,
      competences: [
        { competenceId: '1.1', targetedSkillsCount: 4, validatedSkillsCount: 2, masteryRate: 0.5 },
        { competenceId: '2.2', targetedSkillsCount: 2, validatedSkillsCount: 1, masteryRate: 0.5 },
      ],
    });
  });

  it('is 0 with no knowledge, 1 with every skill validated', () => {
    expect(assessmentValuesOf(targets, [], ORDER)).toMatchObject({ validatedSkillsCount: 0, masteryRate: 0, pixScore: 0 });
    const all = targets.map((t) => fact(t.id, t.competenceId));
    expect(assessmentValuesOf(targets, all, ORDER).masteryRate).toBe(1);
  });

  it('sums pix per competence as the profile does: three skills worth 8/3 make 8, not 7', () => {
    const thirds = ['a', 'b', 'c'].map((id) => ({ id, competenceId: '3.1' }));
    const values = assessmentValuesOf(thirds, thirds.map((t) => fact(t.id, '3.1', 'validated', 8 / 3)), ORDER);
    expect(values.pixScore).toBe(8);
    expect(values.masteryRate).toBe(1);
  });
});

describe('a profiles collection: the whole profile at sending', () => {
  /** Validated skills worth 8 pix (one level) in each of the given competences. */
  const levelOneIn = (codes: string[]) => codes.flatMap((code) => [fact(`${code}-a`, code), fact(`${code}-b`, code)]);

  it('is certifiable from 5 competences at level 1, with pix over the maximum as mastery', () => {
    const four = profileValuesOf(ORDER, levelOneIn(['1.1', '2.1', '3.1', '4.1']));
    expect(four).toMatchObject({ isCertifiable: false, certifiableCompetencesCount: 4, pixScore: 32, validatedSkillsCount: 8 });
    const five = profileValuesOf(ORDER, levelOneIn(['1.1', '2.1', '3.1', '4.1', '5.1']));
    expect(five).toMatchObject({ isCertifiable: true, certifiableCompetencesCount: 5, pixScore: 40 });
    expect(five.masteryRate).toBeCloseTo(40 / 768);
    expect(five.snapshot.competences.find((c) => c.competenceId === '5.1')).toEqual({
      competenceId: '5.1',
      targetedSkillsCount: null,
      validatedSkillsCount: 2,
      pixScore: 8,
      level: 1,
    });
    expect(five.snapshot.competences).toHaveLength(16);
  });

  it('is not certifiable with one competence high and the others empty', () => {
    const high = Array.from({ length: 12 }, (_, i) => fact(`1.1-${i}`, '1.1'));
    expect(profileValuesOf(ORDER, high)).toMatchObject({ certifiableCompetencesCount: 1, isCertifiable: false, pixScore: 48 });
  });
});

describe('participation rules', () => {
  const participation = (status: Participation['status']): Participation => ({
    id: 42,
    campaignId: 1,
    userId: 7,
    organizationLearnerId: 3,
    participantExternalId: null,
    status,
    isImproved: false,
    createdAt: new Date("2026-09-01T08:00:00Z"),
    sharedAt: null,
    validatedSkillsCount: null,
    pixScore: null,
    masteryRate: null,
    isCertifiable: null,
    certifiableCompetencesCount: null,
    knowledgeSnapshot: null,
  });
  const refusal = (action: () => unknown) => {
    try {
      action();
    } catch (error) {
      if (error instanceof AlreadyParticipatedError || error instanceof BadUserInputError) return { code: error.code, key: error.messageKey, extensions: error.extensions };
      throw error;
    }
    return null;
  };

  it('resumes a participation in progress, refuses a second one once finished or sent', () => {
    expect(decideStart(null)).toEqual({ kind: 'create' });
    expect(decideStart(participation('STARTED'))).toEqual({ kind: 'resume', participation: participation('STARTED') });
    expect(refusal(() => decideStart(participation('TO_SHARE')))).toMatchObject({
      code: 'ALREADY_PARTICIPATED',
      key: 'errors.participation.waitingToBeShared',
      extensions: { participationId: '42', status: 'TO_SHARE' },
    });
    expect(refusal(() => decideStart(participation('SHARED')))).toMatchObject({ key: 'errors.participation.alreadyShared' });
  });

  it('sends a profile again only when the campaign allows several sendings', () => {
    expect(decideSend({ multipleSendings: false }, null)).toEqual({ kind: 'create' });
    expect(decideSend({ multipleSendings: true }, participation('SHARED'))).toMatchObject({ kind: 'resend' });
    expect(refusal(() => decideSend({ multipleSendings: false }, participation('SHARED')))).toMatchObject({ code: 'ALREADY_PARTICIPATED' });
    expect(canChangeMultipleSendings(0)).toBe(true);
    expect(canChangeMultipleSendings(1)).toBe(false);
  });

  it('asks the external identifier when the campaign has a label, an e-mail address when it says so', () => {
    expect(validateExternalId({ idPixLabel: null, idPixType: null }, 'ignoré')).toBeNull();
    expect(validateExternalId({ idPixLabel: "Numéro d'élève", idPixType: 'TEXT' }, '  A123 ')).toBe('A123');
    expect(refusal(() => validateExternalId({ idPixLabel: "Numéro d'élève", idPixType: 'TEXT' }, '  '))).toMatchObject({
      key: 'errors.participation.externalIdRequired',
      extensions: { field: 'participantExternalId' },
    });
    expect(validateExternalId({ idPixLabel: 'E-mail pro', idPixType: 'EMAIL' }, ' Lea.Martin@Garnier.fr ')).toBe('lea.martin@garnier.fr');
    expect(refusal(() => validateExternalId({ idPixLabel: 'E-mail pro', idPixType: 'EMAIL' }, 'lea.martin'))).toMatchObject({
      key: 'errors.participation.externalIdEmail',
    });
    expect(refusal(() => validateExternalId({ idPixLabel: 'Code', idPixType: 'TEXT' }, 'x'.repeat(256)))).toMatchObject({ key: 'errors.field.tooLong' });
  });
});
