/**
 * Prescription's part of the answer's statements (the evaluation's CampaignTestSql, given to it at
 * the composition root): a campaign's test targets the skills its campaign copied, and its end makes
 * the participation TO_SHARE, in the same atomic statement as the last answer. The SQL of
 * campaign_participations and campaign_skills stays here, with the tables' owner.
 */
export const campaignTestSql = {
  targetSkillIds: (participationId: string) => `select cs.skill_id from campaign_participations cp join campaign_skills cs on cs.campaign_id = cp.campaign_id
  where cp.id = ${participationId}`,
  endParticipation: (participationId: string, ended: string) => `update campaign_participations set status = 'TO_SHARE'
  where id = ${participationId} and status = 'STARTED' and ${ended}`,
};
