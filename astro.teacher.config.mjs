// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { relativeBuild } from './astro.shared.mjs';

// The teacher site: its own build (npm run build writes it to dist/teacher/), never part of a student package, built
// like the course (astro.shared.mjs) so that it can be hosted under any path.
export default defineConfig({
  ...relativeBuild,
  srcDir: './src/teacher-site',
  publicDir: './src/teacher-site/public',
  outDir: './dist/teacher',
  integrations: [mdx(), react()],
});
