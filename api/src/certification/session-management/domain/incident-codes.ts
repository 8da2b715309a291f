/**
 * The codes of the incident report ("PV d'incident", domain.md, "Certification"): candidate
 * incidents (C), challenge incidents (E, with the question number) and other incidents (A).
 */
export const INCIDENT_CODES = [
  { code: 'C1', label: 'Modification du nom, du prénom ou des informations de naissance du candidat' },
  { code: 'C2', label: 'Ajout ou modification du temps majoré du candidat' },
  { code: 'C3', label: "L'écran de fin du test n'a pas été vu par le surveillant" },
  { code: 'C4', label: "Le candidat était présent mais a oublié de signer la feuille d'émargement" },
  { code: 'C5', label: "Le candidat n'a pas pu terminer son test faute de temps" },
  { code: 'C6', label: 'Suspicion de fraude' },
  { code: 'E1', label: "L'image ne s'affiche pas" },
  { code: 'E2', label: "Le simulateur ou l'application ne s'affiche pas" },
  { code: 'E3', label: "Le fichier à télécharger ne s'ouvre pas" },
  { code: 'E4', label: 'Le site à visiter est indisponible' },
  { code: 'E5', label: "Le site à visiter est bloqué par le réseau de l'établissement" },
  { code: 'E6', label: 'Le lien ne fonctionne pas' },
  { code: 'E7', label: 'Autre incident lié à une question' },
  { code: 'A1', label: 'Problème technique (ordinateur, réseau, navigateur…)' },
  { code: 'A2', label: 'Autre incident' },
] as const;

export type IncidentCode = (typeof INCIDENT_CODES)[number]['code'];

/** The families of codes, as the form groups them. */
export const INCIDENT_FAMILIES = [
  { prefix: 'C', title: 'Incidents liés au candidat' },
  { prefix: 'E', title: 'Incidents liés à une question (indiquer le numéro de la question)' },
  { prefix: 'A', title: 'Autres incidents' },
] as const;
