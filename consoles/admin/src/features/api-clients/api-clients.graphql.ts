import { graphql } from '../../__generated__';

export const ApiClientsQuery = graphql(`
  query ApiClients {
    apiClients {
      clientId
      name
      contact
      scopes
      uais
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
