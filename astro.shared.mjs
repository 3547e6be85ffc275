// @ts-check
/**
 * What the course (astro.config.mjs) and the teacher site (astro.teacher.config.mjs) build the same way: every page
 * at the root with relative asset URLs, so that a build works under any path (an LMS's
 * /pluginfile.php/17/mod_scorm/content/3/, or wherever a school hosts the site). Measured in ../shared/stack-notes.md;
 * the end-to-end tests serve both under such paths, so an upgrade that breaks this is caught at once.
 */
/** @type {Pick<import('astro').AstroUserConfig, 'output' | 'trailingSlash' | 'build' | 'devToolbar' | 'prefetch' | 'vite'>} */
export const relativeBuild = {
  output: 'static',
  trailingSlash: 'never',
  build: { format: 'file', assetsPrefix: '.', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    experimental: {
      // Astro's own renderBuiltUrl yields _astro/_astro/x.js for lazily loaded chunks; relative-to-importer is right
      // for JS, and CSS url() must point at a sibling file because CSS and assets share _astro/.
      renderBuiltUrl: (file, { hostType }) => (hostType === 'css' ? `./${file.split('/').pop()}` : { relative: true }),
    },
  },
};
