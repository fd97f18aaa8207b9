import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The server copies dist/ into its wwwroot (see the BuildWebApp target in OnboardingBpm.Server.csproj).
// `npm run dev` proxies the API to a running server on 5080.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:5080', '/hubs': { target: 'http://127.0.0.1:5080', ws: true }, '/app-config.json': 'http://127.0.0.1:5080' },
  },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
