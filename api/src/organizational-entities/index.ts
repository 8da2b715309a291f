/** The public surface of organizational-entities: what other contexts may use of it. */
export { findActiveSchoolByUai, findOrganization } from './application/find-organization';
export { createOrganizationLoaders } from './infrastructure/organization.loaders';
export type { OrganizationRow } from './domain/organization-rules';
export { assertValidUai } from './domain/organization-rules';
export type { OrganizationArchival } from './application/organization-repositories';
export type { Tag } from './domain/organization-search';
