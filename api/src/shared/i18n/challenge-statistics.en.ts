/** Each challenge's measured difficulty (api/src/evaluation/domain/challenge-difficulty.ts). */
export const challengeStatisticsEn = {
  flags: {
    NON_MONOTONIC:
      'The success rate does not rise with the level: {{lowerRate}} % at level {{lowerLevel}}, but {{higherRate}} % at level {{higherLevel}}. Check the instruction, the solution and the tolerances.',
    HARDER_THAN_DECLARED:
      'Harder than its level {{declaredLevel}}: learners of level {{level}} succeed only {{rate}} % of the time. Check the solution, or attach the challenge to a skill of a higher level.',
    EASIER_THAN_DECLARED:
      'Easier than its level {{declaredLevel}}: learners of level {{measuredLevel}} already succeed {{rate}} % of the time. Make it more demanding, or attach it to a skill of a lower level.',
  },
};
