// Jest loads this in every API and e2e test file: decorators' metadata and a quiet, test configuration.
import 'reflect-metadata';

jest.setTimeout(60_000);
process.env.NODE_ENV = 'test';
