import { BadUserInputError } from '../../../shared/domain/errors';
import { numericId } from '../../../shared/graphql/ids';

export const idOf = (value: string, field: string): number => numericId(value, () => new BadUserInputError(field, 'errors.notFound'));
