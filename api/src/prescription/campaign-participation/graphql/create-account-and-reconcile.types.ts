import { Field, InputType } from 'type-graphql';

@InputType({ description: '"Je n\'ai pas de compte" on a campaign of a school that manages its pupils: who the pupil is, then the account they create.' })
export class CreateAccountAndReconcileInput {
  @Field(() => String)
  campaignCode!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String, { description: 'AAAA-MM-JJ.' })
  birthdate!: string;

  @Field(() => Boolean, { description: 'True: a username `prenom.nomJJMM` from the school\'s record, no e-mail. False: `email` is the login.' })
  withUsername!: boolean;

  @Field(() => String, { nullable: true, description: 'Required when withUsername is false; must be absent otherwise.' })
  email?: string | null;

  @Field(() => String)
  password!: string;

  @Field(() => Boolean, { description: 'Acceptance of the terms of use (must be true).' })
  cgu!: boolean;
}
