import { defineConfig } from 'vite';
import { apiProxy, reactPlugin, vendorChunks } from '../shared/vite.app-config.ts';

// Pix Certif, served by the API at `/certif/`.
export default defineConfig({
  base: '/certif/',
  plugins: [reactPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: { output: { codeSplitting: vendorChunks() } },
  },
  server: { port: 5175, proxy: apiProxy() },
  preview: { port: 6175, proxy: apiProxy() },
});
