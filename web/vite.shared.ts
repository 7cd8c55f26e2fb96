import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

/**
 * One Vite build per page: `root` holds its index.html, `base` is where the API serves it,
 * and the output lands in dist/<page>/, which src/Api/Web serves.
 */
export function pageConfig(page: string, base: string): UserConfig {
  const here = import.meta.dirname;
  return {
    root: resolve(here, page),
    base,
    plugins: [react()],
    logLevel: 'warn',
    build: {
      outDir: resolve(here, 'dist', page),
      emptyOutDir: true,
      // Everything is bundled and served by the API itself: no CDN, no external fonts.
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 4096,
      sourcemap: false,
      rolldownOptions: {
        onwarn(warning, warn) {
          // react-compiler-runtime (a graphiql dependency) starts with "use no memo"; dropping it is harmless.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  };
}
