/** Each challenge's measured difficulty (api/src/evaluation/domain/challenge-difficulty.ts). */
export const challengeStatisticsFr = {
  flags: {
    NON_MONOTONIC:
      'Le taux de réussite ne monte pas avec le niveau : {{lowerRate}} % au niveau {{lowerLevel}}, mais {{higherRate}} % au niveau {{higherLevel}}. Vérifiez la consigne, la solution et les tolérances.',
    HARDER_THAN_DECLARED:
      "Plus difficile que son niveau {{declaredLevel}} : les apprenants de niveau {{level}} ne la réussissent qu'à {{rate}} %. Vérifiez la solution, ou rattachez l'épreuve à un acquis de niveau plus élevé.",
    EASIER_THAN_DECLARED:
      "Plus facile que son niveau {{declaredLevel}} : les apprenants de niveau {{measuredLevel}} la réussissent déjà à {{rate}} %. Rendez-la plus exigeante, ou rattachez-la à un acquis de niveau plus bas.",
  },
};
