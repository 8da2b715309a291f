/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ApiClients {\n    apiClients {\n      clientId\n      name\n      contact\n      scopes\n      uais\n      createdAt\n      rotatedAt\n      revokedAt\n      lastCallAt\n      usage {\n        day\n        calls\n      }\n    }\n  }\n": typeof types.ApiClientsDocument,
    "\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      clientId\n      clientSecret\n    }\n  }\n": typeof types.CreateApiClientDocument,
    "\n  mutation RotateApiClientSecret($clientId: String!) {\n    rotateApiClientSecret(clientId: $clientId) {\n      clientId\n      clientSecret\n    }\n  }\n": typeof types.RotateApiClientSecretDocument,
    "\n  mutation RevokeApiClient($clientId: String!) {\n    revokeApiClient(clientId: $clientId) {\n      clientId\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiClientDocument,
    "\n  query AdminCertificationCenters($first: Int, $offset: Int, $filter: CertificationCentersFilter) {\n    certificationCenters(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          type\n          uai\n          externalId\n          archivedAt\n        }\n      }\n    }\n  }\n": typeof types.AdminCertificationCentersDocument,
    "\n  query AdminCertificationCenter($id: ID!, $sessionsFirst: Int, $sessionsOffset: Int) {\n    certificationCenter(id: $id) {\n      id\n      name\n      type\n      uai\n      externalId\n      archivedAt\n      school {\n        id\n        name\n      }\n      members {\n        id\n        role\n        user {\n          id\n          firstName\n          lastName\n          email\n        }\n      }\n      sessions(first: $sessionsFirst, offset: $sessionsOffset) {\n        totalCount\n        edges {\n          node {\n            id\n            number\n            address\n            room\n            date\n            time\n            examiner\n            state\n            candidateCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminCertificationCenterDocument,
    "\n  mutation AdminCreateCertificationCenter($input: CreateCertificationCenterInput!) {\n    createCertificationCenter(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCreateCertificationCenterDocument,
    "\n  mutation AdminUpdateCertificationCenter($input: UpdateCertificationCenterInput!) {\n    updateCertificationCenter(input: $input) {\n      id\n      name\n      type\n      uai\n      externalId\n    }\n  }\n": typeof types.AdminUpdateCertificationCenterDocument,
    "\n  mutation AdminArchiveCertificationCenter($id: ID!) {\n    archiveCertificationCenter(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.AdminArchiveCertificationCenterDocument,
    "\n  mutation AdminAddCertificationCenterMember($input: AddCertificationCenterMemberInput!) {\n    addCertificationCenterMember(input: $input) {\n      id\n      role\n      certificationCenter {\n        id\n      }\n    }\n  }\n": typeof types.AdminAddCertificationCenterMemberDocument,
    "\n  mutation AdminChangeCertificationCenterMemberRole($input: ChangeCertificationCenterMemberRoleInput!) {\n    changeCertificationCenterMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.AdminChangeCertificationCenterMemberRoleDocument,
    "\n  mutation AdminRemoveCertificationCenterMember($input: RemoveCertificationCenterMemberInput!) {\n    removeCertificationCenterMember(input: $input)\n  }\n": typeof types.AdminRemoveCertificationCenterMemberDocument,
    "\n  query AdminHome {\n    me {\n      id\n      firstName\n      lastName\n      platformRole\n    }\n  }\n": typeof types.AdminHomeDocument,
    "\n  query AdminOrganizations($first: Int, $offset: Int, $filter: OrganizationsFilter) {\n    organizations(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          type\n          uai\n          externalId\n          archivedAt\n          tags {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminOrganizationsDocument,
    "\n  query AdminTags {\n    tags {\n      id\n      name\n    }\n  }\n": typeof types.AdminTagsDocument,
    "\n  query AdminOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      type\n      uai\n      email\n      isManagingStudents\n      provinceCode\n      externalId\n      archivedAt\n      createdAt\n      tags {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        user {\n          id\n          firstName\n          lastName\n          email\n        }\n      }\n      invitations {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n      }\n      targetProfiles {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminOrganizationDocument,
    "\n  mutation AdminCreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCreateOrganizationDocument,
    "\n  mutation AdminUpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      type\n      uai\n      email\n      isManagingStudents\n      provinceCode\n      externalId\n      tags {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminUpdateOrganizationDocument,
    "\n  mutation AdminArchiveOrganization($id: ID!) {\n    archiveOrganization(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.AdminArchiveOrganizationDocument,
    "\n  mutation AdminAddOrganizationMember($input: AddOrganizationMemberInput!) {\n    addOrganizationMember(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.AdminAddOrganizationMemberDocument,
    "\n  mutation AdminChangeOrganizationMemberRole($input: ChangeOrganizationMemberRoleInput!) {\n    changeOrganizationMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.AdminChangeOrganizationMemberRoleDocument,
    "\n  mutation AdminRemoveOrganizationMember($input: RemoveOrganizationMemberInput!) {\n    removeOrganizationMember(input: $input)\n  }\n": typeof types.AdminRemoveOrganizationMemberDocument,
};
const documents: Documents = {
    "\n  query ApiClients {\n    apiClients {\n      clientId\n      name\n      contact\n      scopes\n      uais\n      createdAt\n      rotatedAt\n      revokedAt\n      lastCallAt\n      usage {\n        day\n        calls\n      }\n    }\n  }\n": types.ApiClientsDocument,
    "\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      clientId\n      clientSecret\n    }\n  }\n": types.CreateApiClientDocument,
    "\n  mutation RotateApiClientSecret($clientId: String!) {\n    rotateApiClientSecret(clientId: $clientId) {\n      clientId\n      clientSecret\n    }\n  }\n": types.RotateApiClientSecretDocument,
    "\n  mutation RevokeApiClient($clientId: String!) {\n    revokeApiClient(clientId: $clientId) {\n      clientId\n      revokedAt\n    }\n  }\n": types.RevokeApiClientDocument,
    "\n  query AdminCertificationCenters($first: Int, $offset: Int, $filter: CertificationCentersFilter) {\n    certificationCenters(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          type\n          uai\n          externalId\n          archivedAt\n        }\n      }\n    }\n  }\n": types.AdminCertificationCentersDocument,
    "\n  query AdminCertificationCenter($id: ID!, $sessionsFirst: Int, $sessionsOffset: Int) {\n    certificationCenter(id: $id) {\n      id\n      name\n      type\n      uai\n      externalId\n      archivedAt\n      school {\n        id\n        name\n      }\n      members {\n        id\n        role\n        user {\n          id\n          firstName\n          lastName\n          email\n        }\n      }\n      sessions(first: $sessionsFirst, offset: $sessionsOffset) {\n        totalCount\n        edges {\n          node {\n            id\n            number\n            address\n            room\n            date\n            time\n            examiner\n            state\n            candidateCount\n          }\n        }\n      }\n    }\n  }\n": types.AdminCertificationCenterDocument,
    "\n  mutation AdminCreateCertificationCenter($input: CreateCertificationCenterInput!) {\n    createCertificationCenter(input: $input) {\n      id\n    }\n  }\n": types.AdminCreateCertificationCenterDocument,
    "\n  mutation AdminUpdateCertificationCenter($input: UpdateCertificationCenterInput!) {\n    updateCertificationCenter(input: $input) {\n      id\n      name\n      type\n      uai\n      externalId\n    }\n  }\n": types.AdminUpdateCertificationCenterDocument,
    "\n  mutation AdminArchiveCertificationCenter($id: ID!) {\n    archiveCertificationCenter(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.AdminArchiveCertificationCenterDocument,
    "\n  mutation AdminAddCertificationCenterMember($input: AddCertificationCenterMemberInput!) {\n    addCertificationCenterMember(input: $input) {\n      id\n      role\n      certificationCenter {\n        id\n      }\n    }\n  }\n": types.AdminAddCertificationCenterMemberDocument,
    "\n  mutation AdminChangeCertificationCenterMemberRole($input: ChangeCertificationCenterMemberRoleInput!) {\n    changeCertificationCenterMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.AdminChangeCertificationCenterMemberRoleDocument,
    "\n  mutation AdminRemoveCertificationCenterMember($input: RemoveCertificationCenterMemberInput!) {\n    removeCertificationCenterMember(input: $input)\n  }\n": types.AdminRemoveCertificationCenterMemberDocument,
    "\n  query AdminHome {\n    me {\n      id\n      firstName\n      lastName\n      platformRole\n    }\n  }\n": types.AdminHomeDocument,
    "\n  query AdminOrganizations($first: Int, $offset: Int, $filter: OrganizationsFilter) {\n    organizations(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          type\n          uai\n          externalId\n          archivedAt\n          tags {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AdminOrganizationsDocument,
    "\n  query AdminTags {\n    tags {\n      id\n      name\n    }\n  }\n": types.AdminTagsDocument,
    "\n  query AdminOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      type\n      uai\n      email\n      isManagingStudents\n      provinceCode\n      externalId\n      archivedAt\n      createdAt\n      tags {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        user {\n          id\n          firstName\n          lastName\n          email\n        }\n      }\n      invitations {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n      }\n      targetProfiles {\n        id\n        name\n      }\n    }\n  }\n": types.AdminOrganizationDocument,
    "\n  mutation AdminCreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n": types.AdminCreateOrganizationDocument,
    "\n  mutation AdminUpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      type\n      uai\n      email\n      isManagingStudents\n      provinceCode\n      externalId\n      tags {\n        id\n        name\n      }\n    }\n  }\n": types.AdminUpdateOrganizationDocument,
    "\n  mutation AdminArchiveOrganization($id: ID!) {\n    archiveOrganization(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.AdminArchiveOrganizationDocument,
    "\n  mutation AdminAddOrganizationMember($input: AddOrganizationMemberInput!) {\n    addOrganizationMember(input: $input) {\n      id\n      role\n    }\n  }\n": types.AdminAddOrganizationMemberDocument,
    "\n  mutation AdminChangeOrganizationMemberRole($input: ChangeOrganizationMemberRoleInput!) {\n    changeOrganizationMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.AdminChangeOrganizationMemberRoleDocument,
    "\n  mutation AdminRemoveOrganizationMember($input: RemoveOrganizationMemberInput!) {\n    removeOrganizationMember(input: $input)\n  }\n": types.AdminRemoveOrganizationMemberDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiClients {\n    apiClients {\n      clientId\n      name\n      contact\n      scopes\n      uais\n      createdAt\n      rotatedAt\n      revokedAt\n      lastCallAt\n      usage {\n        day\n        calls\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiClients {\n    apiClients {\n      clientId\n      name\n      contact\n      scopes\n      uais\n      createdAt\n      rotatedAt\n      revokedAt\n      lastCallAt\n      usage {\n        day\n        calls\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      clientId\n      clientSecret\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      clientId\n      clientSecret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateApiClientSecret($clientId: String!) {\n    rotateApiClientSecret(clientId: $clientId) {\n      clientId\n      clientSecret\n    }\n  }\n"): (typeof documents)["\n  mutation RotateApiClientSecret($clientId: String!) {\n    rotateApiClientSecret(clientId: $clientId) {\n      clientId\n      clientSecret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiClient($clientId: String!) {\n    revokeApiClient(clientId: $clientId) {\n      clientId\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiClient($clientId: String!) {\n    revokeApiClient(clientId: $clientId) {\n      clientId\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCertificationCenters($first: Int, $offset: Int, $filter: CertificationCentersFilter) {\n    certificationCenters(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          type\n          uai\n          externalId\n          archivedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminCertificationCenters($first: Int, $offset: Int, $filter: CertificationCentersFilter) {\n    certificationCenters(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          type\n          uai\n          externalId\n          archivedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCertificationCenter($id: ID!, $sessionsFirst: Int, $sessionsOffset: Int) {\n    certificationCenter(id: $id) {\n      id\n      name\n      type\n      uai\n      externalId\n      archivedAt\n      school {\n        id\n        name\n      }\n      members {\n        id\n        role\n        user {\n          id\n          firstName\n          lastName\n          email\n        }\n      }\n      sessions(first: $sessionsFirst, offset: $sessionsOffset) {\n        totalCount\n        edges {\n          node {\n            id\n            number\n            address\n            room\n            date\n            time\n            examiner\n            state\n            candidateCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminCertificationCenter($id: ID!, $sessionsFirst: Int, $sessionsOffset: Int) {\n    certificationCenter(id: $id) {\n      id\n      name\n      type\n      uai\n      externalId\n      archivedAt\n      school {\n        id\n        name\n      }\n      members {\n        id\n        role\n        user {\n          id\n          firstName\n          lastName\n          email\n        }\n      }\n      sessions(first: $sessionsFirst, offset: $sessionsOffset) {\n        totalCount\n        edges {\n          node {\n            id\n            number\n            address\n            room\n            date\n            time\n            examiner\n            state\n            candidateCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateCertificationCenter($input: CreateCertificationCenterInput!) {\n    createCertificationCenter(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateCertificationCenter($input: CreateCertificationCenterInput!) {\n    createCertificationCenter(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateCertificationCenter($input: UpdateCertificationCenterInput!) {\n    updateCertificationCenter(input: $input) {\n      id\n      name\n      type\n      uai\n      externalId\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateCertificationCenter($input: UpdateCertificationCenterInput!) {\n    updateCertificationCenter(input: $input) {\n      id\n      name\n      type\n      uai\n      externalId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminArchiveCertificationCenter($id: ID!) {\n    archiveCertificationCenter(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdminArchiveCertificationCenter($id: ID!) {\n    archiveCertificationCenter(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAddCertificationCenterMember($input: AddCertificationCenterMemberInput!) {\n    addCertificationCenterMember(input: $input) {\n      id\n      role\n      certificationCenter {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAddCertificationCenterMember($input: AddCertificationCenterMemberInput!) {\n    addCertificationCenterMember(input: $input) {\n      id\n      role\n      certificationCenter {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminChangeCertificationCenterMemberRole($input: ChangeCertificationCenterMemberRoleInput!) {\n    changeCertificationCenterMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AdminChangeCertificationCenterMemberRole($input: ChangeCertificationCenterMemberRoleInput!) {\n    changeCertificationCenterMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveCertificationCenterMember($input: RemoveCertificationCenterMemberInput!) {\n    removeCertificationCenterMember(input: $input)\n  }\n"): (typeof documents)["\n  mutation AdminRemoveCertificationCenterMember($input: RemoveCertificationCenterMemberInput!) {\n    removeCertificationCenterMember(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminHome {\n    me {\n      id\n      firstName\n      lastName\n      platformRole\n    }\n  }\n"): (typeof documents)["\n  query AdminHome {\n    me {\n      id\n      firstName\n      lastName\n      platformRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganizations($first: Int, $offset: Int, $filter: OrganizationsFilter) {\n    organizations(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          type\n          uai\n          externalId\n          archivedAt\n          tags {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganizations($first: Int, $offset: Int, $filter: OrganizationsFilter) {\n    organizations(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          type\n          uai\n          externalId\n          archivedAt\n          tags {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTags {\n    tags {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AdminTags {\n    tags {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      type\n      uai\n      email\n      isManagingStudents\n      provinceCode\n      externalId\n      archivedAt\n      createdAt\n      tags {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        user {\n          id\n          firstName\n          lastName\n          email\n        }\n      }\n      invitations {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n      }\n      targetProfiles {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      type\n      uai\n      email\n      isManagingStudents\n      provinceCode\n      externalId\n      archivedAt\n      createdAt\n      tags {\n        id\n        name\n      }\n      memberships {\n        id\n        role\n        user {\n          id\n          firstName\n          lastName\n          email\n        }\n      }\n      invitations {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n      }\n      targetProfiles {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      type\n      uai\n      email\n      isManagingStudents\n      provinceCode\n      externalId\n      tags {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      type\n      uai\n      email\n      isManagingStudents\n      provinceCode\n      externalId\n      tags {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminArchiveOrganization($id: ID!) {\n    archiveOrganization(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdminArchiveOrganization($id: ID!) {\n    archiveOrganization(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAddOrganizationMember($input: AddOrganizationMemberInput!) {\n    addOrganizationMember(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAddOrganizationMember($input: AddOrganizationMemberInput!) {\n    addOrganizationMember(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminChangeOrganizationMemberRole($input: ChangeOrganizationMemberRoleInput!) {\n    changeOrganizationMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AdminChangeOrganizationMemberRole($input: ChangeOrganizationMemberRoleInput!) {\n    changeOrganizationMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveOrganizationMember($input: RemoveOrganizationMemberInput!) {\n    removeOrganizationMember(input: $input)\n  }\n"): (typeof documents)["\n  mutation AdminRemoveOrganizationMember($input: RemoveOrganizationMemberInput!) {\n    removeOrganizationMember(input: $input)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;