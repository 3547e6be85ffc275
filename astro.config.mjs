// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { courseIntegration } from './src/course/integration.ts';

// Every page sits at the package root with relative asset URLs, so that the build works under any LMS path
// (for example /pluginfile.php/17/mod_scorm/content/3/). Measured in ../shared/stack-notes.md; the end-to-end
// tests serve the build under such a prefix so that an upgrade which breaks this is caught at once.
export default defineConfig({
  output: 'static',
  // `npm run build` builds each age band into dist/course/<band>/ and the packager into folders of its own; a plain
  // `astro build` (one band, from speakup.config.json) goes here. Never dist/ itself: a build empties its folder.
  outDir: './dist/astro',
  trailingSlash: 'never',
  build: { format: 'file', assetsPrefix: '.', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  prefetch: false,
  integrations: [courseIntegration(), mdx(), react()],
  vite: {
    experimental: {
      // Astro's own renderBuiltUrl yields _astro/_astro/x.js for lazily loaded chunks; relative-to-importer is right
      // for JS, and CSS url() must point at a sibling file because CSS and assets share _astro/.
      renderBuiltUrl: (file, { hostType }) => (hostType === 'css' ? `./${file.split('/').pop()}` : { relative: true }),
    },
  },
});
