import type { EntityManager } from '@mikro-orm/postgresql';
import type { LearningContent } from '../learning-content/domain/learning-content';
import type { TargetProfileCategory, TargetProfileTube } from '../prescription/target-profile/domain/target-profile';
import { knexOf } from '../shared/infrastructure/database/knex-of';
import { buildTargetProfile } from './database-builder';

/**
 * The demo catalogue of public parcours, named as schools know them, built on the tubes of the content
 * release (api/content). Loaded with the demo data; tests load it through `buildTargetProfileCatalogue`.
 */
export interface CatalogueEntry {
  name: string;
  category: TargetProfileCategory;
  description: string;
  /** Tube id → highest level targeted; `{ every: level }` targets every tube of the release up to that level. */
  tubes: Record<string, number> | { every: number };
}

export const TARGET_PROFILE_CATALOGUE: CatalogueEntry[] = [
  {
    name: 'Les 16 compétences',
    category: 'COMPETENCES',
    description: 'Toutes les compétences du cadre de référence (CRCN), niveaux 1 à 6 : le parcours le plus complet.',
    tubes: { every: 6 },
  },
  {
    name: '[CLG] Parcours de rentrée 6e',
    category: 'PREDEFINED',
    description: "Les bases attendues à l'entrée au collège : chercher, ranger ses fichiers, écrire, communiquer poliment, se protéger.",
    tubes: {
      moteurRecherche: 2, fichiersDossiers: 2, saisieTexte: 2, courrielEnvoi: 1, netiquetteEchanges: 2,
      motDePasse: 2, donneesPersonnelles: 1, ergonomieEcran: 2, bienEtreNumerique: 2, materielInformatique: 2,
    },
  },
  {
    name: '[CLG] Parcours de rentrée 3e',
    category: 'PREDEFINED',
    description: 'Un point sur les cinq domaines avant la certification de fin de cycle 4.',
    tubes: {
      moteurRecherche: 3, fiabiliteSource: 3, formulesTableur: 2, courrielEnvoi: 3, coEdition: 2, presenceEnLigne: 3,
      miseEnFormeTexte: 3, imageNumerique: 2, variablesAlgo: 2, motDePasse: 3, hameconnage: 3, donneesPersonnelles: 3, connexionReseau: 2,
    },
  },
  {
    name: '[CLG] Socle commun – Global',
    category: 'PREDEFINED',
    description: 'Les 16 compétences au niveau attendu en fin de collège (niveaux 1 à 3).',
    tubes: {
      moteurRecherche: 3, fiabiliteSource: 3, fichiersDossiers: 3, formulesTableur: 3, courrielEnvoi: 3, partageEnLigne: 3,
      coEdition: 3, presenceEnLigne: 3, miseEnFormeTexte: 3, imageNumerique: 3, licencesCreativeCommons: 3, variablesAlgo: 3,
      motDePasse: 3, donneesPersonnelles: 3, bienEtreNumerique: 3, connexionReseau: 3, materielInformatique: 3,
    },
  },
  {
    name: '[LGT] Parcours de rentrée 2nde',
    category: 'PREDEFINED',
    description: "Le point de départ de l'année de seconde, sur les cinq domaines (niveaux 2 à 4).",
    tubes: {
      moteurRecherche: 4, fiabiliteSource: 3, fichiersDossiers: 3, stockageEnLigne: 3, formulesTableur: 3, courrielEnvoi: 3,
      coEdition: 3, presenceEnLigne: 3, miseEnFormeTexte: 4, imageNumerique: 3, licencesCreativeCommons: 3, variablesAlgo: 3,
      motDePasse: 4, hameconnage: 3, donneesPersonnelles: 3, bienEtreNumerique: 3, connexionReseau: 3, materielInformatique: 3,
    },
  },
  {
    name: '[LGT] Parcours de rentrée Terminale',
    category: 'PREDEFINED',
    description: 'Avant la certification Pix du cycle terminal : les cinq domaines aux niveaux 3 à 5.',
    tubes: {
      moteurRecherche: 5, fiabiliteSource: 5, formulesTableur: 4, analyseDonnees: 4, coEdition: 4, presenceEnLigne: 4,
      structureDocument: 4, retoucheImage: 4, bouclesAlgo: 4, motDePasse: 5, connexionSecurisee: 4, donneesPersonnelles: 5,
      numeriqueResponsable: 4, espaceStockage: 4, logicielLibre: 4,
    },
  },
  {
    name: '[LGT] Sciences numériques et technologie (SNT) – 2nde',
    category: 'DISCIPLINE',
    description: "Les thèmes du programme de SNT : données, web, réseaux, photographie numérique, algorithmique.",
    tubes: {
      variablesAlgo: 4, conditionsAlgo: 4, bouclesAlgo: 4, imageNumerique: 4, connexionReseau: 4, publicationWeb: 4,
      formatsDonnees: 4, donneesPersonnelles: 3, tracesNumeriques: 3,
    },
  },
  {
    name: '[CLG] Mathématiques – tableur et algorithmique (cycle 4)',
    category: 'DISCIPLINE',
    description: 'Formules, tri et lecture de données au tableur ; variables, conditions et boucles.',
    tubes: { formulesTableur: 4, triFiltre: 3, analyseDonnees: 4, variablesAlgo: 3, conditionsAlgo: 3, bouclesAlgo: 3 },
  },
  {
    name: "[CLG] Éducation aux médias et à l'information (EMI)",
    category: 'DISCIPLINE',
    description: "Chercher, vérifier, publier et relayer l'information de façon responsable.",
    tubes: { moteurRecherche: 3, fiabiliteSource: 4, veilleInformation: 3, relayerContenus: 4, codesReseauxSociaux: 3, presenceEnLigne: 3, licencesCreativeCommons: 3 },
  },
  {
    name: 'Protéger ses données personnelles',
    category: 'THEMATIC',
    description: 'Données personnelles et RGPD, traces et cookies, réglages de confidentialité, identité numérique.',
    tubes: { donneesPersonnelles: 5, tracesNumeriques: 4, confidentialiteReseaux: 4, presenceEnLigne: 3, motDePasse: 3 },
  },
  {
    name: "Rechercher et évaluer l'information",
    category: 'THEMATIC',
    description: "Interroger un moteur de recherche, évaluer la fiabilité d'une source, organiser une veille.",
    tubes: { moteurRecherche: 5, fiabiliteSource: 5, veilleInformation: 4, licencesCreativeCommons: 2 },
  },
  {
    name: 'Créer un document textuel',
    category: 'THEMATIC',
    description: 'Saisir, mettre en forme et structurer un document, choisir son format, l’imprimer ou l’exporter.',
    tubes: { saisieTexte: 4, miseEnFormeTexte: 5, structureDocument: 5, formatsTexte: 3, impressionExport: 3 },
  },
  {
    name: 'Sécuriser ses équipements et ses comptes',
    category: 'THEMATIC',
    description: 'Mots de passe, hameçonnage, logiciels malveillants, connexions chiffrées, installation de logiciels sûrs.',
    tubes: { motDePasse: 5, hameconnage: 5, logicielMalveillant: 3, connexionSecurisee: 5, installationLogiciel: 3 },
  },
  {
    name: 'Travailler en équipe à distance',
    category: 'THEMATIC',
    description: "Partager des fichiers, coéditer, suivre les versions, planifier et échanger à plusieurs.",
    tubes: { partageEnLigne: 4, coEdition: 4, versionsFichiers: 4, agendaPartage: 4, echangesTempsReel: 3, courrielEnvoi: 3 },
  },
  {
    name: 'Numérique responsable et bien-être',
    category: 'THEMATIC',
    description: "Impact environnemental, sobriété des fichiers, accessibilité, santé et équilibre des usages.",
    tubes: { numeriqueResponsable: 5, poidsFichiers: 4, accessibiliteNumerique: 4, bienEtreNumerique: 5, ergonomieEcran: 4 },
  },
  {
    name: 'Premiers pas numériques (médiation)',
    category: 'OTHER',
    description: 'Pour les publics accompagnés : démarches en ligne, courriel, recherche, fichiers et précautions de base.',
    tubes: { demarchesEnLigne: 4, courrielEnvoi: 3, moteurRecherche: 2, fichiersDossiers: 2, hameconnage: 2, motDePasse: 2, materielInformatique: 2 },
  },
];

/** The tubes of an entry, with 'every' expanded to each tube of the release that has active skills. */
export function tubesOfEntry(entry: CatalogueEntry, content: LearningContent): TargetProfileTube[] {
  if ('every' in entry.tubes) {
    const level = entry.tubes.every as number;
    const tubeIds = new Set(content.competences.flatMap((c) => content.activeSkillsOf(c.id).map((skill) => skill.tubeId)));
    return [...tubeIds].map((tubeId) => ({ tubeId, level }));
  }
  return Object.entries(entry.tubes as Record<string, number>).map(([tubeId, level]) => ({ tubeId, level }));
}

/** Loads the public catalogue, leaving alone the parcours already there (by name): name → id. */
export async function buildTargetProfileCatalogue(em: EntityManager, content: LearningContent): Promise<Map<string, number>> {
  const existing = await knexOf(em)('target_profiles')
    .where({ is_public: true })
    .whereIn('name', TARGET_PROFILE_CATALOGUE.map((e) => e.name))
    .select('id', 'name');
  const ids = new Map<string, number>(existing.map((r: { id: number; name: string }) => [r.name, r.id]));
  for (const entry of TARGET_PROFILE_CATALOGUE) {
    if (ids.has(entry.name)) continue;
    const { id } = await buildTargetProfile(em, { ...entry, isPublic: true, tubes: tubesOfEntry(entry, content) });
    ids.set(entry.name, id);
  }
  return ids;
}
