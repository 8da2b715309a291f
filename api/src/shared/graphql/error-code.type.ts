import { registerEnumType } from 'type-graphql';
import { ErrorCode } from '../domain/errors';

registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description: 'The value of `extensions.code` on every error the API returns.',
});

export { ErrorCode };
