/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type CertificationEndReason =
  | 'COMPLETED'
  | 'ENDED_AT_FINALIZATION'
  | 'ENDED_BY_INVIGILATOR'
  | 'TIMED_OUT';

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

export type FinalizationSessionQueryVariables = Exact<{
  sessionId: string | number;
}>;


export type FinalizationSessionQuery = { supervisedSession: { id: string, date: string, time: string, state: string, candidates: Array<{ id: string, firstName: string, lastName: string, status: CertificationCandidateStatus, endScreenSeen: boolean, numberOfQuestions: number | null }> } };

export type FinalizeSessionMutationVariables = Exact<{
  input: FinalizeSessionInput;
}>;


export type FinalizeSessionMutation = { finalizeSession: { sessionId: string, endedCoursesCount: number, neutralizedQuestionsCount: number } };

export type CertifHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type CertifHomeQuery = { me: { id: string, firstName: string, lastName: string } };

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

export const LiveCandidateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveCandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthdate"}},{"kind":"Field","name":{"kind":"Name","value":"extraTimePercentage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedToStart"}},{"kind":"Field","name":{"kind":"Name","value":"questionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"timeLeftSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endScreenSeen"}},{"kind":"Field","name":{"kind":"Name","value":"pendingProblemReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LiveCandidateFieldsFragment, unknown>;
export const FinalizationSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinalizationSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisedSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endScreenSeen"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfQuestions"}}]}}]}}]}}]} as unknown as DocumentNode<FinalizationSessionQuery, FinalizationSessionQueryVariables>;
export const FinalizeSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinalizeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinalizeSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finalizeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"endedCoursesCount"}},{"kind":"Field","name":{"kind":"Name","value":"neutralizedQuestionsCount"}}]}}]}}]} as unknown as DocumentNode<FinalizeSessionMutation, FinalizeSessionMutationVariables>;
export const CertifHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertifHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<CertifHomeQuery, CertifHomeQueryVariables>;
export const SuperviseSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuperviseSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuperviseSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"superviseSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SuperviseSessionMutation, SuperviseSessionMutationVariables>;
export const SupervisedSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisedSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisedSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveCandidateFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveCandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthdate"}},{"kind":"Field","name":{"kind":"Name","value":"extraTimePercentage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedToStart"}},{"kind":"Field","name":{"kind":"Name","value":"questionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"timeLeftSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endScreenSeen"}},{"kind":"Field","name":{"kind":"Name","value":"pendingProblemReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SupervisedSessionQuery, SupervisedSessionQueryVariables>;
export const AuthorizeCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizeCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizeCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveCandidateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveCandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthdate"}},{"kind":"Field","name":{"kind":"Name","value":"extraTimePercentage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedToStart"}},{"kind":"Field","name":{"kind":"Name","value":"questionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"timeLeftSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endScreenSeen"}},{"kind":"Field","name":{"kind":"Name","value":"pendingProblemReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AuthorizeCandidateMutation, AuthorizeCandidateMutationVariables>;
export const EndCandidateTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndCandidateTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCandidateTest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveCandidateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveCandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthdate"}},{"kind":"Field","name":{"kind":"Name","value":"extraTimePercentage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedToStart"}},{"kind":"Field","name":{"kind":"Name","value":"questionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"timeLeftSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endScreenSeen"}},{"kind":"Field","name":{"kind":"Name","value":"pendingProblemReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EndCandidateTestMutation, EndCandidateTestMutationVariables>;
export const ResolveChallengeProblemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveChallengeProblem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveChallengeProblemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveChallengeProblem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ResolveChallengeProblemMutation, ResolveChallengeProblemMutationVariables>;
export const SessionActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SessionActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SessionActivitySubscription, SessionActivitySubscriptionVariables>;