// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';

// The teacher site: its own build (npm run build writes it to dist/teacher/), never part of a student package.
// Flat pages with relative URLs, like the course (astro.config.mjs), so that it can be hosted under any path.
export default defineConfig({
  srcDir: './src/teacher-site',
  publicDir: './src/teacher-site/public',
  outDir: './dist/teacher',
  output: 'static',
  trailingSlash: 'never',
  build: { format: 'file', assetsPrefix: '.', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  prefetch: false,
  integrations: [mdx(), react()],
  vite: {
    experimental: {
      renderBuiltUrl: (file, { hostType }) => (hostType === 'css' ? `./${file.split('/').pop()}` : { relative: true }),
    },
  },
});
