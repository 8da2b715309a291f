import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../../shared/graphql/pagination';

/** The GraphQL types of the school's pupils and of their imports. */
export enum AuthenticationMethod {
  EMAIL = 'EMAIL',
  USERNAME = 'USERNAME',
  GAR = 'GAR',
  NONE = 'NONE',
}
export enum ImportJobState {
  PENDING = 'PENDING',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(AuthenticationMethod, { name: 'AuthenticationMethod', description: 'How a pupil logs in (NONE: no account yet).' });
registerEnumType(ImportJobState, { name: 'ImportJobState' });

@ObjectType('OrganizationLearner', { simpleResolvers: true })
export class OrganizationLearnerView {
  @Field(() => ID) id!: string;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ' }) birthdate!: string | null;
  @Field(() => String, { nullable: true, description: 'Class.' }) division!: string | null;
  @Field(() => String, { nullable: true, description: 'INE.' }) nationalStudentId!: string | null;
  @Field(() => Boolean, { description: 'Left the school (no longer in the SIECLE file).' }) hasLeft!: boolean;
  @Field(() => [AuthenticationMethod]) authenticationMethods!: AuthenticationMethod[];
  @Field(() => String, { nullable: true, description: 'The username the pupil logs in with, if any.' }) username!: string | null;
  @Field(() => Boolean, {
    description:
      "Whether the school's administrators may give this pupil a username and a temporary password: no account yet, or one made for a pupil (no e-mail address, no platform role, no membership).",
  })
  accountManagedBySchool!: boolean;
  userId!: number | null;
}

@ObjectType()
export class OrganizationLearnerConnection extends Connection(OrganizationLearnerView, 'OrganizationLearner') {}

@InputType()
export class LearnerFilter {
  @Field(() => String, { nullable: true }) division?: string;
  @Field(() => String, { nullable: true, description: 'Part of a first or last name.' }) search?: string;
  @Field(() => Boolean, { nullable: true, description: 'Include the pupils who left.' }) includeLeft?: boolean;
}

export enum LearnerOrderField {
  DIVISION = 'DIVISION',
  LAST_NAME = 'LAST_NAME',
  FIRST_NAME = 'FIRST_NAME',
  BIRTHDATE = 'BIRTHDATE',
}
export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(LearnerOrderField, { name: 'LearnerOrderField' });
registerEnumType(OrderDirection, { name: 'OrderDirection' });

@InputType()
export class LearnerOrder {
  @Field(() => LearnerOrderField) field!: LearnerOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC }) direction!: OrderDirection;
}

@ArgsType()
export class LearnersArgs extends ConnectionArgs {
  @Field(() => LearnerFilter, { nullable: true }) filter?: LearnerFilter;
  @Field(() => LearnerOrder, { nullable: true, description: 'By class then name when absent.' }) orderBy?: LearnerOrder;
}

@ObjectType('ImportProblem', { simpleResolvers: true })
export class ImportProblemView {
  @Field(() => String) code!: string;
  @Field(() => String) message!: string;
  @Field(() => Int, { nullable: true }) line!: number | null;
}

@ObjectType('ImportedPupil', { simpleResolvers: true, description: 'A pupil named by the import report: added, or who left the school.' })
export class ImportedPupilView {
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String, { nullable: true, description: 'The class (division).' }) division!: string | null;
}

@ObjectType('ImportJob', { simpleResolvers: true })
export class ImportJobView {
  @Field(() => ID) id!: string;
  @Field(() => ImportJobState) state!: ImportJobState;
  @Field(() => Int, { description: '0 to 100.' }) progress!: number;
  @Field(() => Int, { nullable: true }) pupilsAdded!: number | null;
  @Field(() => Int, { nullable: true }) pupilsUpdated!: number | null;
  @Field(() => Int, { nullable: true }) pupilsLeft!: number | null;
  @Field(() => [ImportedPupilView], { description: 'The pupils added, by class then name: the first 200 (pupilsAdded counts them all); empty until done.' })
  addedPupils!: ImportedPupilView[];
  @Field(() => [ImportedPupilView], { description: 'The pupils who left the school, by class then name: the first 200 (pupilsLeft counts them all); empty until done.' })
  leftPupils!: ImportedPupilView[];
  @Field(() => [ImportProblemView], { description: 'What to fix, when the file was refused.' }) errors!: ImportProblemView[];
}

