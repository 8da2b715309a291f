import { Query, Resolver } from 'type-graphql';
import { Public } from './access';
import { ErrorCode } from '../shared/graphql/error-code.type';

@Resolver()
export class MetaResolver {
  @Public()
  @Query(() => [ErrorCode], { description: 'Every error code a client may meet, for its translations.' })
  errorCodes(): ErrorCode[] {
    return Object.values(ErrorCode);
  }
}
