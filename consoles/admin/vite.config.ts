import { defineConfig } from 'vite';
import { apiProxy, reactPlugin, vendorChunks } from '../shared/vite.app-config.ts';

// The data grid and what it alone uses: a chunk loaded with the pages that show one only.
const DATA_GRID = /[\\/]node_modules[\\/](@mui[\\/]x-[^\\/]+|@base-ui|@floating-ui|reselect)[\\/]/;
const vendor = vendorChunks();

// Pix Admin, served by the API at `/admin/`.
export default defineConfig({
  base: '/admin/',
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
  server: { port: 5176, proxy: apiProxy() },
  preview: { port: 6176, proxy: apiProxy() },
});
