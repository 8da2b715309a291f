/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddCertificationCandidateInput = {
  birthCity?: string | null | undefined;
  birthCountry: string;
  birthInseeCode?: string | null | undefined;
  birthPostalCode?: string | null | undefined;
  /** yyyy-mm-dd */
  birthdate: string;
  externalId?: string | null | undefined;
  extraTimePercentage?: number | null | undefined;
  firstName: string;
  lastName: string;
  resultRecipientEmail?: string | null | undefined;
  sessionId: string | number;
  sex: CandidateSex;
};

export type CandidateSex =
  | 'F'
  | 'M';

export type CertificationCandidateStatus =
  /** The test ended (completed, time over, at finalisation). */
  | 'ENDED'
  /** The invigilator ended the test. */
  | 'ENDED_BY_INVIGILATOR'
  /** Let in: answering, the clock runs. */
  | 'IN_PROGRESS'
  /** Enrolled, has not joined yet. */
  | 'NOT_JOINED'
  /** Joined (or joined again after leaving): waits for the invigilator to let them start or resume. */
  | 'WAITING_FOR_AUTHORIZATION';

export type CertificationCenterRole =
  | 'ADMIN'
  | 'MEMBER';

/** SCO: a school's centre (same UAI); SUP: higher education; PRO: others. */
export type CertificationCenterType =
  | 'PRO'
  | 'SCO'
  | 'SUP';

export type CertificationEndReason =
  | 'COMPLETED'
  | 'ENDED_AT_FINALIZATION'
  | 'ENDED_BY_INVIGILATOR'
  | 'TIMED_OUT';

/** Créée → Finalisée → (en cours de traitement) → Résultats transmis par Pix. */
export type CertificationSessionState =
  | 'CREATED'
  | 'FINALIZED'
  | 'IN_PROCESS'
  | 'PROCESSED';

export type ChallengeProblemCategory =
  /** L'image ne s'affiche pas. */
  | 'E1'
  /** Le simulateur ou l'application ne s'affiche pas. */
  | 'E2'
  /** Le fichier ne s'ouvre pas. */
  | 'E3'
  /** Le site est indisponible. */
  | 'E4'
  /** Le site est bloqué par le réseau de l'établissement. */
  | 'E5'
  /** Le lien ne fonctionne pas. */
  | 'E6'
  /** Autre problème avec la question. */
  | 'E7';

export type ChallengeProblemStatus =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REFUSED';

export type CreateCertificationSessionInput = {
  /** "Nom du site". */
  address: string;
  certificationCenterId: string | number;
  /** yyyy-mm-dd */
  date: string;
  description?: string | null | undefined;
  examiner: string;
  room: string;
  /** hh:mm */
  time: string;
};

export type EnrolStudentsInput = {
  organizationLearnerIds: Array<string | number>;
  sessionId: string | number;
};

export type FinalizationCandidateInput = {
  candidateId: string | number;
  /** Écran de fin du test vu. */
  endScreenSeen: boolean;
  incidents?: Array<FinalizationIncidentInput>;
};

export type FinalizationIncidentInput = {
  /** C1–C6, E1–E7, A1, A2 (PV d’incident). */
  code: string;
  comment?: string | null | undefined;
  /** Required for E1–E7: the question number (1-based). */
  questionNumber?: number | null | undefined;
};

export type FinalizeSessionInput = {
  candidates: Array<FinalizationCandidateInput>;
  comment?: string | null | undefined;
  sessionId: string | number;
};

export type ResolveChallengeProblemInput = {
  /** true: the question is neutralised and the candidate goes on; false: they answer it. */
  accepted: boolean;
  reportId: string | number;
};

export type SuperviseSessionInput = {
  invigilatorPassword: string;
  sessionNumber: string;
};

export type UpdateCertificationCandidateInput = {
  candidateId: string | number;
  externalId?: string | null | undefined;
  extraTimePercentage?: number | null | undefined;
  resultRecipientEmail?: string | null | undefined;
};

export type UpdateCertificationSessionInput = {
  /** "Nom du site". */
  address: string;
  /** yyyy-mm-dd */
  date: string;
  description?: string | null | undefined;
  examiner: string;
  room: string;
  sessionId: string | number;
  /** hh:mm */
  time: string;
};

export type CertifMembershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type CertifMembershipsQuery = { me: { id: string, firstName: string, lastName: string, certificationCenterMemberships: Array<{ id: string, role: CertificationCenterRole, certificationCenter: { id: string, name: string, type: CertificationCenterType } | null }> } };

export type FinalizationSessionQueryVariables = Exact<{
  sessionId: string | number;
}>;


export type FinalizationSessionQuery = { supervisedSession: { id: string, date: string, time: string, state: string, candidates: Array<{ id: string, firstName: string, lastName: string, status: CertificationCandidateStatus, endScreenSeen: boolean, numberOfQuestions: number | null }> } };

export type FinalizeSessionMutationVariables = Exact<{
  input: FinalizeSessionInput;
}>;


export type FinalizeSessionMutation = { finalizeSession: { sessionId: string, endedCoursesCount: number, neutralizedQuestionsCount: number } };

export type LiveCandidateFieldsFragment = { id: string, firstName: string, lastName: string, birthdate: string, extraTimePercentage: number, status: CertificationCandidateStatus, authorizedToStart: boolean, questionNumber: number | null, numberOfQuestions: number | null, timeLeftSeconds: number | null, endReason: CertificationEndReason | null, endScreenSeen: boolean, pendingProblemReport: { id: string, questionNumber: number, category: ChallengeProblemCategory, status: ChallengeProblemStatus } | null };

export type SuperviseSessionMutationVariables = Exact<{
  input: SuperviseSessionInput;
}>;


export type SuperviseSessionMutation = { superviseSession: { accessToken: string, expiresAt: string, session: { id: string } } };

export type SupervisedSessionQueryVariables = Exact<{
  sessionId: string | number;
}>;


export type SupervisedSessionQuery = { supervisedSession: { id: string, date: string, time: string, state: string, candidates: Array<{ id: string, firstName: string, lastName: string, birthdate: string, extraTimePercentage: number, status: CertificationCandidateStatus, authorizedToStart: boolean, questionNumber: number | null, numberOfQuestions: number | null, timeLeftSeconds: number | null, endReason: CertificationEndReason | null, endScreenSeen: boolean, pendingProblemReport: { id: string, questionNumber: number, category: ChallengeProblemCategory, status: ChallengeProblemStatus } | null }> } };

export type AuthorizeCandidateMutationVariables = Exact<{
  candidateId: string | number;
}>;


export type AuthorizeCandidateMutation = { authorizeCandidate: { id: string, firstName: string, lastName: string, birthdate: string, extraTimePercentage: number, status: CertificationCandidateStatus, authorizedToStart: boolean, questionNumber: number | null, numberOfQuestions: number | null, timeLeftSeconds: number | null, endReason: CertificationEndReason | null, endScreenSeen: boolean, pendingProblemReport: { id: string, questionNumber: number, category: ChallengeProblemCategory, status: ChallengeProblemStatus } | null } };

export type EndCandidateTestMutationVariables = Exact<{
  candidateId: string | number;
}>;


export type EndCandidateTestMutation = { endCandidateTest: { id: string, firstName: string, lastName: string, birthdate: string, extraTimePercentage: number, status: CertificationCandidateStatus, authorizedToStart: boolean, questionNumber: number | null, numberOfQuestions: number | null, timeLeftSeconds: number | null, endReason: CertificationEndReason | null, endScreenSeen: boolean, pendingProblemReport: { id: string, questionNumber: number, category: ChallengeProblemCategory, status: ChallengeProblemStatus } | null } };

export type ResolveChallengeProblemMutationVariables = Exact<{
  input: ResolveChallengeProblemInput;
}>;


export type ResolveChallengeProblemMutation = { resolveChallengeProblem: { id: string, status: ChallengeProblemStatus } };

export type SessionActivitySubscriptionVariables = Exact<{
  sessionId: string | number;
}>;


export type SessionActivitySubscription = { sessionActivity: { sessionId: string, candidateId: string | null, kind: string } };

export type CandidateFieldsFragment = { id: string, firstName: string, lastName: string, birthdate: string, sex: CandidateSex | null, birthCity: string | null, birthInseeCode: string | null, birthPostalCode: string | null, birthCountry: string, extraTimePercentage: number, resultRecipientEmail: string | null, externalId: string | null, isSchoolPupil: boolean, hasJoined: boolean };

export type CertificationSessionPageQueryVariables = Exact<{
  sessionId: string | number;
}>;


export type CertificationSessionPageQuery = { certificationSession: { id: string, number: number, address: string, room: string, date: string, time: string, examiner: string, description: string, accessCode: string, invigilatorPassword: string, state: CertificationSessionState, candidateCount: number, isEditable: boolean, lockReason: string | null, certificationCenter: { id: string, name: string, type: CertificationCenterType }, candidates: Array<{ id: string, firstName: string, lastName: string, birthdate: string, sex: CandidateSex | null, birthCity: string | null, birthInseeCode: string | null, birthPostalCode: string | null, birthCountry: string, extraTimePercentage: number, resultRecipientEmail: string | null, externalId: string | null, isSchoolPupil: boolean, hasJoined: boolean }> } };

export type EnrolablePupilsQueryVariables = Exact<{
  sessionId: string | number;
  division?: string | null | undefined;
}>;


export type EnrolablePupilsQuery = { enrolablePupils: { divisions: Array<string>, pupils: Array<{ id: string, firstName: string, lastName: string, birthdate: string | null, division: string | null, alreadyEnrolled: boolean }> } };

export type EnrolStudentsMutationVariables = Exact<{
  input: EnrolStudentsInput;
}>;


export type EnrolStudentsMutation = { enrolStudentsToSession: Array<{ id: string, firstName: string, lastName: string, birthdate: string, sex: CandidateSex | null, birthCity: string | null, birthInseeCode: string | null, birthPostalCode: string | null, birthCountry: string, extraTimePercentage: number, resultRecipientEmail: string | null, externalId: string | null, isSchoolPupil: boolean, hasJoined: boolean }> };

export type AddCertificationCandidateMutationVariables = Exact<{
  input: AddCertificationCandidateInput;
}>;


export type AddCertificationCandidateMutation = { addCertificationCandidate: { id: string, firstName: string, lastName: string, birthdate: string, sex: CandidateSex | null, birthCity: string | null, birthInseeCode: string | null, birthPostalCode: string | null, birthCountry: string, extraTimePercentage: number, resultRecipientEmail: string | null, externalId: string | null, isSchoolPupil: boolean, hasJoined: boolean } };

export type UpdateCertificationCandidateMutationVariables = Exact<{
  input: UpdateCertificationCandidateInput;
}>;


export type UpdateCertificationCandidateMutation = { updateCertificationCandidate: { id: string, firstName: string, lastName: string, birthdate: string, sex: CandidateSex | null, birthCity: string | null, birthInseeCode: string | null, birthPostalCode: string | null, birthCountry: string, extraTimePercentage: number, resultRecipientEmail: string | null, externalId: string | null, isSchoolPupil: boolean, hasJoined: boolean } };

export type RemoveCertificationCandidateMutationVariables = Exact<{
  candidateId: string | number;
}>;


export type RemoveCertificationCandidateMutation = { removeCertificationCandidate: boolean };

export type ImportCertificationCandidatesMutationVariables = Exact<{
  sessionId: string | number;
  file: unknown;
}>;


export type ImportCertificationCandidatesMutation = { importCertificationCandidates: { importedCount: number, summary: string | null, problems: Array<{ line: number | null, field: string | null, message: string }> } };

export type CertificationCountriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CertificationCountriesQuery = { certificationCountries: Array<{ code: string, name: string, aliases: Array<string> }> };

export type SessionFieldsFragment = { id: string, number: number, address: string, room: string, date: string, time: string, examiner: string, description: string, accessCode: string, invigilatorPassword: string, state: CertificationSessionState, candidateCount: number, isEditable: boolean, lockReason: string | null };

export type CenterSessionsQueryVariables = Exact<{
  centerId: string | number;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type CenterSessionsQuery = { certificationCenter: { id: string, name: string, type: CertificationCenterType, viewerRole: CertificationCenterRole | null, sessions: { totalCount: number, edges: Array<{ node: { id: string, number: number, date: string, time: string, room: string, state: CertificationSessionState, candidateCount: number } }> } } };

export type CreateCertificationSessionMutationVariables = Exact<{
  input: CreateCertificationSessionInput;
}>;


export type CreateCertificationSessionMutation = { createCertificationSession: { id: string, number: number, address: string, room: string, date: string, time: string, examiner: string, description: string, accessCode: string, invigilatorPassword: string, state: CertificationSessionState, candidateCount: number, isEditable: boolean, lockReason: string | null } };

export type UpdateCertificationSessionMutationVariables = Exact<{
  input: UpdateCertificationSessionInput;
}>;


export type UpdateCertificationSessionMutation = { updateCertificationSession: { id: string, number: number, address: string, room: string, date: string, time: string, examiner: string, description: string, accessCode: string, invigilatorPassword: string, state: CertificationSessionState, candidateCount: number, isEditable: boolean, lockReason: string | null } };

export type DeleteCertificationSessionMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type DeleteCertificationSessionMutation = { deleteCertificationSession: boolean };

export type CenterInvitationFieldsFragment = { id: string, email: string, role: CertificationCenterRole, createdAt: string, expiresAt: string };

export type CenterTeamQueryVariables = Exact<{
  centerId: string | number;
}>;


export type CenterTeamQuery = { certificationCenter: { id: string, name: string, viewerRole: CertificationCenterRole | null, members: Array<{ id: string, role: CertificationCenterRole, user: { id: string, firstName: string, lastName: string, email: string | null } }> } };

export type CenterInvitationsQueryVariables = Exact<{
  centerId: string | number;
}>;


export type CenterInvitationsQuery = { certificationCenter: { id: string, invitations: Array<{ id: string, email: string, role: CertificationCenterRole, createdAt: string, expiresAt: string }> } };

export type InviteCenterMembersMutationVariables = Exact<{
  centerId: string | number;
  emails: Array<string> | string;
  role?: CertificationCenterRole | null | undefined;
}>;


export type InviteCenterMembersMutation = { inviteCertificationCenterMembers: Array<{ id: string, email: string, role: CertificationCenterRole, createdAt: string, expiresAt: string }> };

export type ResendCenterInvitationMutationVariables = Exact<{
  invitationId: string | number;
}>;


export type ResendCenterInvitationMutation = { resendCertificationCenterInvitation: { id: string, expiresAt: string } };

export type CancelCenterInvitationMutationVariables = Exact<{
  invitationId: string | number;
}>;


export type CancelCenterInvitationMutation = { cancelCertificationCenterInvitation: boolean };

export type UpdateCenterMembershipRoleMutationVariables = Exact<{
  membershipId: string | number;
  role: CertificationCenterRole;
}>;


export type UpdateCenterMembershipRoleMutation = { updateCertificationCenterMembershipRole: { id: string, role: CertificationCenterRole } };

export type RemoveCenterMembershipMutationVariables = Exact<{
  membershipId: string | number;
}>;


export type RemoveCenterMembershipMutation = { removeCertificationCenterMembership: boolean };

export type CenterInvitationPreviewQueryVariables = Exact<{
  code: string;
}>;


export type CenterInvitationPreviewQuery = { certificationCenterInvitation: { certificationCenterName: string, role: CertificationCenterRole } };

export type AcceptCenterInvitationMutationVariables = Exact<{
  code: string;
}>;


export type AcceptCenterInvitationMutation = { acceptCertificationCenterInvitation: { id: string, role: CertificationCenterRole } };

export type TeamMemberUserFragment = { id: string, firstName: string, lastName: string, email: string | null };

export const LiveCandidateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveCandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthdate"}},{"kind":"Field","name":{"kind":"Name","value":"extraTimePercentage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedToStart"}},{"kind":"Field","name":{"kind":"Name","value":"questionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"timeLeftSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endScreenSeen"}},{"kind":"Field","name":{"kind":"Name","value":"pendingProblemReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LiveCandidateFieldsFragment, unknown>;
export const CandidateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthdate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthCity"}},{"kind":"Field","name":{"kind":"Name","value":"birthInseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"birthPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"birthCountry"}},{"kind":"Field","name":{"kind":"Name","value":"extraTimePercentage"}},{"kind":"Field","name":{"kind":"Name","value":"resultRecipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"isSchoolPupil"}},{"kind":"Field","name":{"kind":"Name","value":"hasJoined"}}]}}]} as unknown as DocumentNode<CandidateFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"examiner"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"accessCode"}},{"kind":"Field","name":{"kind":"Name","value":"invigilatorPassword"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}},{"kind":"Field","name":{"kind":"Name","value":"isEditable"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const CenterInvitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CenterInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationCenterInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<CenterInvitationFieldsFragment, unknown>;
export const TeamMemberUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamMemberUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<TeamMemberUserFragment, unknown>;
export const CertifMembershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertifMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCenterMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CertifMembershipsQuery, CertifMembershipsQueryVariables>;
export const FinalizationSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinalizationSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisedSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endScreenSeen"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfQuestions"}}]}}]}}]}}]} as unknown as DocumentNode<FinalizationSessionQuery, FinalizationSessionQueryVariables>;
export const FinalizeSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinalizeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinalizeSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finalizeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"endedCoursesCount"}},{"kind":"Field","name":{"kind":"Name","value":"neutralizedQuestionsCount"}}]}}]}}]} as unknown as DocumentNode<FinalizeSessionMutation, FinalizeSessionMutationVariables>;
export const SuperviseSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuperviseSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuperviseSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"superviseSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SuperviseSessionMutation, SuperviseSessionMutationVariables>;
export const SupervisedSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisedSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisedSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveCandidateFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveCandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthdate"}},{"kind":"Field","name":{"kind":"Name","value":"extraTimePercentage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedToStart"}},{"kind":"Field","name":{"kind":"Name","value":"questionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"timeLeftSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endScreenSeen"}},{"kind":"Field","name":{"kind":"Name","value":"pendingProblemReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SupervisedSessionQuery, SupervisedSessionQueryVariables>;
export const AuthorizeCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizeCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizeCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveCandidateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveCandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthdate"}},{"kind":"Field","name":{"kind":"Name","value":"extraTimePercentage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedToStart"}},{"kind":"Field","name":{"kind":"Name","value":"questionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"timeLeftSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endScreenSeen"}},{"kind":"Field","name":{"kind":"Name","value":"pendingProblemReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AuthorizeCandidateMutation, AuthorizeCandidateMutationVariables>;
export const EndCandidateTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndCandidateTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCandidateTest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveCandidateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveCandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthdate"}},{"kind":"Field","name":{"kind":"Name","value":"extraTimePercentage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedToStart"}},{"kind":"Field","name":{"kind":"Name","value":"questionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"timeLeftSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endScreenSeen"}},{"kind":"Field","name":{"kind":"Name","value":"pendingProblemReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EndCandidateTestMutation, EndCandidateTestMutationVariables>;
export const ResolveChallengeProblemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveChallengeProblem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveChallengeProblemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveChallengeProblem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ResolveChallengeProblemMutation, ResolveChallengeProblemMutationVariables>;
export const SessionActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SessionActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SessionActivitySubscription, SessionActivitySubscriptionVariables>;
export const CertificationSessionPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertificationSessionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificationSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"examiner"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"accessCode"}},{"kind":"Field","name":{"kind":"Name","value":"invigilatorPassword"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}},{"kind":"Field","name":{"kind":"Name","value":"isEditable"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthdate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthCity"}},{"kind":"Field","name":{"kind":"Name","value":"birthInseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"birthPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"birthCountry"}},{"kind":"Field","name":{"kind":"Name","value":"extraTimePercentage"}},{"kind":"Field","name":{"kind":"Name","value":"resultRecipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"isSchoolPupil"}},{"kind":"Field","name":{"kind":"Name","value":"hasJoined"}}]}}]} as unknown as DocumentNode<CertificationSessionPageQuery, CertificationSessionPageQueryVariables>;
export const EnrolablePupilsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnrolablePupils"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"division"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolablePupils"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"division"},"value":{"kind":"Variable","name":{"kind":"Name","value":"division"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisions"}},{"kind":"Field","name":{"kind":"Name","value":"pupils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthdate"}},{"kind":"Field","name":{"kind":"Name","value":"division"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyEnrolled"}}]}}]}}]}}]} as unknown as DocumentNode<EnrolablePupilsQuery, EnrolablePupilsQueryVariables>;
export const EnrolStudentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrolStudents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolStudentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolStudentsToSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthdate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthCity"}},{"kind":"Field","name":{"kind":"Name","value":"birthInseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"birthPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"birthCountry"}},{"kind":"Field","name":{"kind":"Name","value":"extraTimePercentage"}},{"kind":"Field","name":{"kind":"Name","value":"resultRecipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"isSchoolPupil"}},{"kind":"Field","name":{"kind":"Name","value":"hasJoined"}}]}}]} as unknown as DocumentNode<EnrolStudentsMutation, EnrolStudentsMutationVariables>;
export const AddCertificationCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCertificationCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCertificationCandidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCertificationCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthdate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthCity"}},{"kind":"Field","name":{"kind":"Name","value":"birthInseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"birthPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"birthCountry"}},{"kind":"Field","name":{"kind":"Name","value":"extraTimePercentage"}},{"kind":"Field","name":{"kind":"Name","value":"resultRecipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"isSchoolPupil"}},{"kind":"Field","name":{"kind":"Name","value":"hasJoined"}}]}}]} as unknown as DocumentNode<AddCertificationCandidateMutation, AddCertificationCandidateMutationVariables>;
export const UpdateCertificationCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCertificationCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCertificationCandidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCertificationCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthdate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthCity"}},{"kind":"Field","name":{"kind":"Name","value":"birthInseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"birthPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"birthCountry"}},{"kind":"Field","name":{"kind":"Name","value":"extraTimePercentage"}},{"kind":"Field","name":{"kind":"Name","value":"resultRecipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"isSchoolPupil"}},{"kind":"Field","name":{"kind":"Name","value":"hasJoined"}}]}}]} as unknown as DocumentNode<UpdateCertificationCandidateMutation, UpdateCertificationCandidateMutationVariables>;
export const RemoveCertificationCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCertificationCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCertificationCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}}]}]}}]} as unknown as DocumentNode<RemoveCertificationCandidateMutation, RemoveCertificationCandidateMutationVariables>;
export const ImportCertificationCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportCertificationCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCertificationCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importedCount"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportCertificationCandidatesMutation, ImportCertificationCandidatesMutationVariables>;
export const CertificationCountriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertificationCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificationCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}}]}}]} as unknown as DocumentNode<CertificationCountriesQuery, CertificationCountriesQueryVariables>;
export const CenterSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CenterSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificationCenter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CenterSessionsQuery, CenterSessionsQueryVariables>;
export const CreateCertificationSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCertificationSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCertificationSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCertificationSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"examiner"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"accessCode"}},{"kind":"Field","name":{"kind":"Name","value":"invigilatorPassword"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}},{"kind":"Field","name":{"kind":"Name","value":"isEditable"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}}]}}]} as unknown as DocumentNode<CreateCertificationSessionMutation, CreateCertificationSessionMutationVariables>;
export const UpdateCertificationSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCertificationSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCertificationSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCertificationSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"examiner"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"accessCode"}},{"kind":"Field","name":{"kind":"Name","value":"invigilatorPassword"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}},{"kind":"Field","name":{"kind":"Name","value":"isEditable"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}}]}}]} as unknown as DocumentNode<UpdateCertificationSessionMutation, UpdateCertificationSessionMutationVariables>;
export const DeleteCertificationSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCertificationSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCertificationSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}]}]}}]} as unknown as DocumentNode<DeleteCertificationSessionMutation, DeleteCertificationSessionMutationVariables>;
export const CenterTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CenterTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificationCenter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamMemberUser"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamMemberUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<CenterTeamQuery, CenterTeamQueryVariables>;
export const CenterInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CenterInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificationCenter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CenterInvitationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CenterInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationCenterInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<CenterInvitationsQuery, CenterInvitationsQueryVariables>;
export const InviteCenterMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteCenterMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"emails"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationCenterRole"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteCertificationCenterMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"certificationCenterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"emails"},"value":{"kind":"Variable","name":{"kind":"Name","value":"emails"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CenterInvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CenterInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationCenterInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<InviteCenterMembersMutation, InviteCenterMembersMutationVariables>;
export const ResendCenterInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendCenterInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendCertificationCenterInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invitationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ResendCenterInvitationMutation, ResendCenterInvitationMutationVariables>;
export const CancelCenterInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelCenterInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCertificationCenterInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invitationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}}}]}]}}]} as unknown as DocumentNode<CancelCenterInvitationMutation, CancelCenterInvitationMutationVariables>;
export const UpdateCenterMembershipRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCenterMembershipRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationCenterRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCertificationCenterMembershipRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<UpdateCenterMembershipRoleMutation, UpdateCenterMembershipRoleMutationVariables>;
export const RemoveCenterMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCenterMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCertificationCenterMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}}]}]}}]} as unknown as DocumentNode<RemoveCenterMembershipMutation, RemoveCenterMembershipMutationVariables>;
export const CenterInvitationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CenterInvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificationCenterInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificationCenterName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<CenterInvitationPreviewQuery, CenterInvitationPreviewQueryVariables>;
export const AcceptCenterInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptCenterInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptCertificationCenterInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AcceptCenterInvitationMutation, AcceptCenterInvitationMutationVariables>;