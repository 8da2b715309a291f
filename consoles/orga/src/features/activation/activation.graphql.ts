import { graphql } from '../../__generated__';

/** Public: sends an administrator invitation to the school's official address (never to a typed one). */
export const RequestOrganizationActivationMutation = graphql(`
  mutation RequestOrganizationActivation($input: OrganizationActivationInput!) {
    requestOrganizationActivation(input: $input)
  }
`);
