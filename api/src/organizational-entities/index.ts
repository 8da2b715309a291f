/** The public surface of organizational-entities: what other contexts may use of it. */
export { OrganizationRepository, type OrganizationRow } from './infrastructure/organization.repository';
export { OrganizationView, OrganizationTypeValue } from './graphql/organization.types';
export { assertValidUai } from './domain/organization-rules';
export { toOrganizationView } from './graphql/organization.resolver';
