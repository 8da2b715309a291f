import type { EntityManager } from '@mikro-orm/postgresql';
import { CampaignRepository } from '../infrastructure/campaign.repository';

/**
 * When staff archive an organisation, its campaigns are archived in the same transaction (the
 * composition root gives this function to organizational-entities as its `OrganizationArchival`
 * port: organisations do not import campaigns). Returns how many were archived now.
 */
export function archiveCampaignsOfOrganization(em: EntityManager, organizationId: number, at: Date): Promise<number> {
  return new CampaignRepository(em).archiveAllOf(organizationId, at);
}
