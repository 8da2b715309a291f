/**
 * The progress of a participation shown to the teacher, in % (pure). A test in progress counts the
 * campaign's skills the learner's knowledge already settles (answered, inferred, or known before),
 * as the learner's own progress bar does, capped at 99 % until the test ends; then 100 %.
 */
export function participationProgress(status: 'STARTED' | 'TO_SHARE' | 'SHARED', settledSkills: number, campaignSkills: number): number {
  if (status !== 'STARTED') return 100;
  if (campaignSkills <= 0) return 0;
  return Math.min(99, Math.floor((100 * Math.min(settledSkills, campaignSkills)) / campaignSkills));
}
