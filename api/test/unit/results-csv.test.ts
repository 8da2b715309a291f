import {
  assessmentHeader,
  assessmentRow,
  exportFileName,
  profilesHeader,
  profilesRow,
  type ExportedCampaign,
} from '../../src/prescription/campaign-results/domain/results-csv';
import { asText, frenchDate, frenchRate } from '../../src/shared/domain/french-csv';

const campaign: ExportedCampaign = {
  id: 42,
  code: 'YRBVDF759',
  name: 'Rentrée 2nde',
  organizationName: 'Lycée Marie Curie',
  isSchool: true,
  targetProfileName: '[LGT] Parcours de rentrée 2nde',
  idPixLabel: 'Numéro élève',
};
const competences = [
  { id: 'c11', name: 'Mener une recherche et une veille d’information', areaId: 'a1', targetedSkillsCount: 4 },
  { id: 'c12', name: 'Gérer des données', areaId: 'a1', targetedSkillsCount: 6 },
];
const areas = [{ id: 'a1', name: 'Information et données' }];
const participant = {
  lastName: 'DUPONT MORETTI',
  firstName: 'Jean-Étienne',
  division: '2NDE1',
  participantExternalId: '=HYPERLINK("x")',
  createdAt: new Date('2026-09-07T08:30:00Z'),
};

describe('results export (CSV)', () => {
  it('formats cells as French spreadsheets expect, and neutralises formulas', () => {
    expect(frenchRate(0.4567)).toBe('0,46');
    expect(frenchRate(1)).toBe('1');
    expect(frenchDate('2010-03-05')).toBe('05/03/2010');
    expect(frenchDate(new Date('2026-09-07T23:30:00Z'))).toBe('08/09/2026');
    expect(['=1+1', '+33', '-2', '@x', '\tx', 'Dupont'].map(asText)).toEqual(["'=1+1", "'+33", "'-2", "'@x", "'\tx", 'Dupont']);
  });

  it('has the columns of an assessment campaign, per competence then per area', () => {
    const header = assessmentHeader(campaign, competences, areas);
    expect(header.slice(0, 9)).toEqual([
      "Nom de l'organisation", 'ID Campagne', 'Code', 'Nom de la campagne', 'Parcours', 'Nom du Participant', 'Prénom du Participant', 'Classe', 'Numéro élève',
    ]);
    expect(header).toContain('% de maitrise des acquis de la compétence Gérer des données');
    expect(header.slice(-3)).toEqual([
      '% de maitrise des acquis du domaine Information et données',
      "Nombre d'acquis du profil cible du domaine Information et données",
      'Acquis maitrisés du domaine Information et données',
    ]);
    const shared = assessmentRow(campaign, competences, areas, {
      ...participant, sharedAt: new Date('2026-09-08T10:00:00Z'), progress: 1, masteryRate: 0.5,
      validatedSkillsByCompetence: new Map([['c11', 3], ['c12', 2]]),
    });
    expect(shared).toHaveLength(header.length);
    expect(shared.slice(8)).toEqual(["'=HYPERLINK(\"x\")", '1', '07/09/2026', 'Oui', '08/09/2026', '0,5', '0,75', '4', '3', '0,33', '6', '2', '0,5', '10', '5']);
    const started = assessmentRow(campaign, competences, areas, { ...participant, sharedAt: null, progress: 0.4, masteryRate: null, validatedSkillsByCompetence: new Map() });
    expect(started.slice(9)).toEqual(['0,4', '07/09/2026', 'Non', 'NA', 'NA', 'NA', '4', 'NA', 'NA', '6', 'NA', 'NA', '10', 'NA']);
  });

  it('has the columns of a profiles collection, with NA until the profile is sent', () => {
    const profiles = { ...campaign, targetProfileName: null, idPixLabel: null };
    const header = profilesHeader(profiles, competences);
    expect(header).toEqual([
      "Nom de l'organisation", 'ID Campagne', 'Code', 'Nom de la campagne', 'Nom du Participant', 'Prénom du Participant', 'Classe',
      'Envoi (O/N)', "Date de l'envoi", 'Nombre de pix total', 'Certifiable (O/N)', 'Nombre de compétences certifiables',
      'Niveau pour la compétence Mener une recherche et une veille d’information', 'Nombre de pix pour la compétence Mener une recherche et une veille d’information',
      'Niveau pour la compétence Gérer des données', 'Nombre de pix pour la compétence Gérer des données',
    ]);
    const sent = profilesRow(profiles, competences, {
      ...participant, sharedAt: new Date('2026-09-08T10:00:00Z'), pixScore: 96, isCertifiable: true, certifiableCompetencesCount: 5,
      competences: new Map([['c11', { level: 3, pixScore: 24 }]]),
    });
    expect(sent.slice(7)).toEqual(['Oui', '08/09/2026', '96', 'Oui', '5', '3', '24', '0', '0']);
    const notSent = profilesRow(profiles, competences, { ...participant, sharedAt: null, pixScore: null, isCertifiable: null, certifiableCompetencesCount: null, competences: new Map() });
    expect(notSent.slice(7)).toEqual(['Non', 'NA', 'NA', 'NA', 'NA', 'NA', 'NA', 'NA', 'NA']);
  });

  it('names the file after the campaign, in Paris time', () => {
    expect(exportFileName({ id: 42, name: 'Rentrée 2nde / groupe A' }, new Date('2026-09-08T10:05:00Z'))).toBe('Resultats-Rentrée 2nde _ groupe A-42-2026-09-08-1205.csv');
  });
});
