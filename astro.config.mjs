// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { relativeBuild } from './astro.shared.mjs';
import { courseIntegration } from './src/course/integration.ts';

// The course: pages at the package root with relative URLs (astro.shared.mjs), so it runs under any LMS path.
export default defineConfig({
  ...relativeBuild,
  // `npm run build` builds each age band into dist/course/<band>/ and the packager into folders of its own; a plain
  // `astro build` (one band, from speakup.config.json) goes here. Never dist/ itself: a build empties its folder.
  outDir: './dist/astro',
  integrations: [courseIntegration(), mdx(), react()],
});
