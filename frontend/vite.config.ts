import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The gateway is the only backend: in development the dev server forwards API calls and the
// login and logout pages to it. Cookies belong to the host, not the port, so the session made by
// signing in through the gateway works on the dev server too.
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:8080';
const toGateway = { target: gateway, changeOrigin: true };

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    proxy: { '/api': toGateway, '/login': toGateway, '/logout': toGateway, '/q': toGateway },
  },
  preview: { host: '127.0.0.1' },
  // Icons as files rather than data: URIs, so the gateway's Content-Security-Policy can stay 'self'.
  build: { assetsInlineLimit: 0 },
  css: {
    preprocessorOptions: {
      // nhsuk-frontend's Sass still uses a few Sass features that print deprecation notices.
      scss: { quietDeps: true },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    restoreMocks: true,
    unstubGlobals: true,
  },
});
