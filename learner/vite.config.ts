import { defineConfig } from 'vite';
import { apiProxy, reactPlugin, vendorChunks } from '../consoles/shared/vite.app-config.ts';

// The learner app, served by the API at `/`.
export default defineConfig({
  base: '/',
  plugins: [reactPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: { output: { codeSplitting: vendorChunks() } },
  },
  server: { port: 5173, proxy: apiProxy() },
  preview: { port: 4173, proxy: apiProxy() },
});
