import { GraphQLError, GraphQLScalarType } from 'graphql';

/** What graphql-upload's processRequest puts in the variables for a file of a multipart request. */
export interface FileUpload {
  filename: string;
  mimetype: string;
  encoding: string;
  createReadStream(): NodeJS.ReadableStream;
}

/**
 * The `Upload` scalar of the GraphQL multipart request convention. graphql-upload ships it as an ES
 * module only; this API is CommonJS, so the scalar is declared here and only the request parsing
 * (processRequest) is imported from the package, at run time.
 */
export const UploadScalar = new GraphQLScalarType<Promise<FileUpload>, never>({
  name: 'Upload',
  description: 'A file sent with the GraphQL multipart request convention.',
  parseValue(value) {
    const promise = (value as { promise?: Promise<FileUpload> } | null)?.promise;
    if (promise && typeof promise.then === 'function') return promise;
    throw new GraphQLError('Upload value invalid: send the file with the multipart request convention.');
  },
  parseLiteral() {
    throw new GraphQLError('Upload literal unsupported: send the file as a variable.');
  },
  serialize() {
    throw new GraphQLError('Upload serialization unsupported.');
  },
});
