// Helpers for the front ends' vite.config.ts (imported with a relative path: Vite bundles it).
import react from '@vitejs/plugin-react';
import type { PluginOption, UserConfig } from 'vite';

/** The API serves every app and /graphql on one origin; in development Vite proxies to it. */
export const API_ORIGIN = process.env.API_ORIGIN ?? 'http://localhost:4000';

export function reactPlugin(): PluginOption {
  return react();
}

/** Dev-server proxy: /graphql (HTTP and WebSocket) to the API. */
export function apiProxy(): NonNullable<UserConfig['server']>['proxy'] {
  return { '/graphql': { target: API_ORIGIN, ws: true }, '/documents': { target: API_ORIGIN } };
}

/** Libraries in long-lived chunks of their own, so that an app's own code stays small. */
export function vendorChunks() {
  return {
    groups: [
      { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/, priority: 30 },
      { name: 'mui', test: /[\\/]node_modules[\\/](@mui|@emotion|@popperjs|react-transition-group|react-is|stylis|clsx|@babel[\\/]runtime|hoist-non-react-statics)[\\/]/, priority: 20 },
      { name: 'apollo', test: /[\\/]node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib|ts-invariant|@graphql-typed-document-node)[\\/]/, priority: 20 },
      { name: 'i18n', test: /[\\/]node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements|use-sync-external-store)[\\/]/, priority: 20 },
    ],
  };
}
