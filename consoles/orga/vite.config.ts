import { defineConfig } from 'vite';
import { apiProxy, reactPlugin, vendorChunks } from '../shared/vite.app-config.ts';

// The data grid ("Élèves") and what it alone uses: a chunk loaded with that page only.
const DATA_GRID = /[\\/]node_modules[\\/](@mui[\\/]x-[^\\/]+|@base-ui|@floating-ui|reselect)[\\/]/;
const CHARTS = /[\\/]node_modules[\\/](@mui[\\/]x-charts[^\\/]*|@mui[\\/]x-internal-gestures|d3-[^\\/]+|internmap|flatqueue|bezier-easing)[\\/]/;
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
            ...vendor.groups.map((group) => ({ ...group, test: (id: string) => group.test.test(id) && !DATA_GRID.test(id) && !CHARTS.test(id) })),
            { name: 'data-grid', test: DATA_GRID, priority: 10 },
            // The campaign's charts: loaded with a campaign's page only, not with "Élèves".
            { name: 'charts', test: CHARTS, priority: 11 },
          ],
        },
      },
    },
  },
  server: { port: 5174, proxy: apiProxy() },
  preview: { port: 6174, proxy: apiProxy() },
});
