import { defineConfig } from 'vite';
import { apiProxy, reactPlugin, vendorChunks } from '../shared/vite.app-config.ts';

// The data grid ("Élèves") and what it alone uses: a chunk loaded with that page only.
const DATA_GRID = /[\\/]node_modules[\\/](@mui[\\/]x-[^\\/]+|@base-ui|@floating-ui|reselect)[\\/]/;
const vendor = vendorChunks();

// Pix Orga, served by the API at `/orga/`.
export default defineConfig({
  base: '/orga/',
  plugins: [reactPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            ...vendor.groups.map((group) => ({ ...group, test: (id: string) => group.test.test(id) && !DATA_GRID.test(id) })),
            { name: 'data-grid', test: DATA_GRID, priority: 10 },
          ],
        },
      },
    },
  },
  server: { port: 5174, proxy: apiProxy() },
  preview: { port: 6174, proxy: apiProxy() },
});
