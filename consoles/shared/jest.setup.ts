// Setup for the front-end component tests (front.jest.config.js).
import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';
import { deserialize, serialize } from 'node:v8';

const globals = globalThis as Record<string, unknown>;

if (typeof globals.TextEncoder === 'undefined') globals.TextEncoder = TextEncoder;
if (typeof globals.TextDecoder === 'undefined') globals.TextDecoder = TextDecoder;
if (typeof globals.structuredClone === 'undefined') {
  globals.structuredClone = <T>(value: T): T => deserialize(serialize(value)) as T;
}
if (typeof globals.ResizeObserver === 'undefined') {
  globals.ResizeObserver = class ResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
if (typeof window !== 'undefined' && typeof window.matchMedia === 'undefined') {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (typeof window !== 'undefined') {
  window.scrollTo = () => undefined;
}

afterEach(() => {
  window.localStorage.clear();
});

// Component tests drive whole pages with user-event in jsdom: on 2 cores running test files side by
// side, a long journey of clicks takes more than Jest's default 5 s (Pix Admin's data-grid pages type
// whole forms: 5–7 s each on a loaded machine, and more beside a browser journey). Behaviour is
// asserted, not speed.
jest.setTimeout(45_000);
// `findBy…` and `waitFor` wait for what the user will see: up to 10 s when the machine is busy (the
// default 1 s failed pages that render in 2 s alone but after a data grid's import beside other files).
configure({ asyncUtilTimeout: 10_000 });
