/**
 * What a campaign's test reads and writes of prescription's tables, inside the answer's own two
 * statements (one read, one atomic write): the campaign's skills of the test's participation, and
 * the participation made TO_SHARE when the test ends. Prescription owns that SQL and gives it at the
 * composition root (platform.ts): prescription depends on the evaluation, so the evaluation cannot
 * import it, and the answer stays at two round trips in one transaction.
 */
export interface CampaignTestSql {
  /** A subquery whose `skill_id` rows are the campaign's skills of the participation `participationId` (an SQL expression). */
  targetSkillIds(participationId: string): string;
  /** A data-modifying statement (for a `with` clause) that ends the participation `participationId` when `ended` (SQL expressions). */
  endParticipation(participationId: string, ended: string): string;
}
