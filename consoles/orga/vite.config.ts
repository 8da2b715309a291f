import { defineConfig } from 'vite';
import { apiProxy, reactPlugin, vendorChunks } from '../shared/vite.app-config.ts';

// Pix Orga, served by the API at `/orga/`.
export default defineConfig({
  base: '/orga/',
  plugins: [reactPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: { output: { codeSplitting: vendorChunks() } },
  },
  server: { port: 5174, proxy: apiProxy() },
  preview: { port: 6174, proxy: apiProxy() },
});
