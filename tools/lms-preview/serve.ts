/**
 * `npm start`: the built-in LMS preview. Serves the course build (dist/course/, or --package path/to.zip) under a deep
 * LMS-like path and, at /, a page that launches it with a strict SCORM 1.2 or 2004 runtime, or none.
 *   npm start                                   preview dist/course/
 *   npx tsx tools/lms-preview/serve.ts --package dist/packages/speak-up-course-11-13-scorm2004.zip
 *   PORT=4400 npm start                         another port (or --port 4400, which wins over PORT)
 */
import { startPreviewServer } from './server.ts';

function flag(name: string): string | undefined {
  const args = process.argv.slice(2);
  const index = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (index === -1) return undefined;
  const arg = args[index] ?? '';
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
}

if (process.argv.includes('--help')) {
  console.log(
    'Usage: tsx tools/lms-preview/serve.ts [--package path/to/package.zip] [--root build-folder] [--port 4321]',
  );
  process.exit(0);
}

const portFlag = flag('--port');
const port = portFlag === undefined ? undefined : Number(portFlag);
if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) {
  console.error(`--port must be a port number, not "${portFlag}"`);
  process.exit(2);
}

try {
  const server = await startPreviewServer({ packagePath: flag('--package'), root: flag('--root'), port });
  console.log(`LMS preview of ${server.source}: ${server.url}`);
  console.log(`The course itself is served under ${server.contentUrl}`);
  if (server.teacherUrl) console.log(`The teacher site: ${server.teacherUrl}`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
