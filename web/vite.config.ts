// Builds the analyst UI into dist/web, which `factiongraph serve` serves beside the API.
// `npx vite web` runs it in development against a server on 127.0.0.1:8787.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: '../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://127.0.0.1:8787' } },
});
