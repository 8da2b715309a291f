import { graphql } from '../../__generated__';

export const ApiClientsQuery = graphql(`
  query ApiClients {
    apiClients {
      clientId
      name
      contact
      scopes
      uais
      rateLimitPerMinute
      createdAt
      rotatedAt
      revokedAt
      lastCallAt
      usage {
        day
        calls
      }
    }
  }
`);

export const CreateApiClientMutation = graphql(`
  mutation CreateApiClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      clientId
      clientSecret
    }
  }
`);

export const RotateApiClientSecretMutation = graphql(`
  mutation RotateApiClientSecret($clientId: String!) {
    rotateApiClientSecret(clientId: $clientId) {
      clientId
      clientSecret
    }
  }
`);

export const RevokeApiClientMutation = graphql(`
  mutation RevokeApiClient($clientId: String!) {
    revokeApiClient(clientId: $clientId) {
      clientId
      revokedAt
    }
  }
`);

export const UpdateApiClientMutation = graphql(`
  mutation UpdateApiClient($input: UpdateApiClientInput!) {
    updateApiClient(input: $input) {
      clientId
      name
      contact
      uais
      rateLimitPerMinute
    }
  }
`);
