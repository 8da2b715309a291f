import { defineConfig } from 'vite';
import { apiProxy, reactPlugin, vendorChunks } from '../shared/vite.app-config.ts';

// Pix Admin, served by the API at `/admin/`.
export default defineConfig({
  base: '/admin/',
  plugins: [reactPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: { output: { codeSplitting: vendorChunks() } },
  },
  server: { port: 5176, proxy: apiProxy() },
  preview: { port: 6176, proxy: apiProxy() },
});
