import { BREAK, GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../shared/domain/errors';

const NUL = '\u0000';

/** Where a NUL character hides in the variables ("filter.search"), or null. */
function nulInValue(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = nulInValue(value[index], `${path}.${index}`);
      if (found) return found;
    }
    return null;
  }
  // Plain objects only: an upload is a promise of a file, read by its own parser.
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) {
      const found = nulInValue(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/** Documents already checked (Apollo parses a query once and hands the same document afterwards). */
const checkedDocuments = new WeakMap<DocumentNode, string | null>();

/** The argument or input field of a string literal that holds a NUL character, or null. */
function nulInLiterals(document: DocumentNode): string | null {
  const known = checkedDocuments.get(document);
  if (known !== undefined) return known;
  const found = findNulInLiterals(document);
  checkedDocuments.set(document, found);
  return found;
}

function findNulInLiterals(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (!node.value.includes(NUL)) return undefined;
      const named = [...ancestors, parent].reverse().find((a): a is ASTNode & { name: { value: string } } => {
        const kind = (a as ASTNode).kind;
        return kind === Kind.ARGUMENT || kind === Kind.OBJECT_FIELD;
      });
      found = named?.name.value ?? 'query';
      return BREAK;
    },
  });
  return found;
}

/**
 * PostgreSQL text cannot hold U+0000: a search or a name with one would fail as an SQL error (a
 * 500). Every string the client sends, in the query or its variables, is checked once here.
 */
export function checkNulCharacters(document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  const field = nulInValue(variables ?? {}, '') ?? nulInLiterals(document);
  if (field)
    throw new GraphQLError('NUL character in input', {
      extensions: { code: ErrorCode.BAD_USER_INPUT, field, i18n: { key: 'errors.nulCharacter', params: {} }, http: { status: 400 } },
    });
}

/** `checkNulCharacters` once the operation is resolved. */
export function nulCharacterPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          checkNulCharacters(document, request.variables);
        },
      };
    },
  };
}
