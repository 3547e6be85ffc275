import type { CourseCatalog } from '../../packaging/package-plan.ts';
import type { PackageChoices } from '../../packaging/package-choices.ts';

/**
 * The package builder's page (packages.astro): reads the form, shows each problem beside its field, and makes the
 * zip in the browser from the build of the band the site carries. The packaging code (the options schema, the plan,
 * the zip) loads on the first "Make", so the page itself ships almost no script.
 */
export function bindPackageBuilder(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('[data-builder]');
  const catalogText = doc.getElementById('package-catalog')?.textContent;
  if (!form || !catalogText) return;
  const catalog = JSON.parse(catalogText) as CourseCatalog;
  const status = form.querySelector<HTMLElement>('[data-builder-status]');
  const again = form.querySelector<HTMLElement>('[data-builder-download]');
  let busy = false;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    void (async () => {
      try {
        const { makeChosenPackage } = await import('./make-in-browser.ts');
        clearProblems(form);
        if (again) again.hidden = true;
        say(status, 'Making the package…');
        const result = await makeChosenPackage(readChoices(form), catalog, fetchFile);
        if (!result.ok) {
          for (const problem of result.problems) showProblem(form, problem.field, problem.message);
          say(
            status,
            result.problems.length === 1
              ? 'No package was made: one choice needs changing (see the message beside it).'
              : `No package was made: ${result.problems.length} choices need changing (see the message beside each).`,
          );
          form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
          return;
        }
        const link = download(doc, result.fileName, result.zip);
        if (again) {
          const a = again.querySelector('a');
          if (a) {
            if (a.href.startsWith('blob:')) URL.revokeObjectURL(a.href);
            a.href = link;
            a.download = result.fileName;
          }
          again.hidden = false;
        }
        say(status, `${result.fileName} (${kilobytes(result.zip.byteLength)}) is made and downloading.`);
      } catch (error) {
        say(status, `The package could not be made: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        busy = false;
      }
    })();
  });

  const readyStatus = doc.querySelector<HTMLElement>('[data-ready-status]');
  doc.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-ready-made]') : null;
    const fileName = button?.dataset['readyMade'];
    if (!fileName || busy) return;
    busy = true;
    void (async () => {
      try {
        say(readyStatus, `Making ${fileName}…`);
        const { makeReadyMade } = await import('./make-in-browser.ts');
        const zip = await makeReadyMade(fileName, catalog, fetchFile);
        download(doc, fileName, zip);
        say(readyStatus, `${fileName} (${kilobytes(zip.byteLength)}) is made and downloading.`);
      } catch (error) {
        say(readyStatus, `${fileName} could not be made: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        busy = false;
      }
    })();
  });
}

/** A file of the site, relative to this page: the band builds are in course/<band>/. */
async function fetchFile(path: string): Promise<Uint8Array> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} is missing from the site (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

function readChoices(form: HTMLFormElement): PackageChoices {
  const data = new FormData(form);
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  return {
    band: text('band'),
    scope: text('scope') === 'lessons' ? 'lessons' : 'course',
    lessons: data.getAll('lessons').filter((v): v is string => typeof v === 'string'),
    country: text('country'),
    language: text('language'),
    masteryScore: text('masteryScore'),
    quizAttempts: text('quizAttempts'),
    reportScenarioOutcomes: data.get('reportScenarioOutcomes') !== null,
    standard: text('standard'),
    schoolContact: {
      name: text('schoolContact.name'),
      description: text('schoolContact.description'),
      phone: text('schoolContact.phone'),
      url: text('schoolContact.url'),
    },
  };
}

function clearProblems(form: HTMLFormElement): void {
  for (const message of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
    message.hidden = true;
    message.textContent = '';
  }
  for (const field of form.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
}

/** The message goes in the field's own message element, named by the field's aria-describedby. */
function showProblem(form: HTMLFormElement, field: string, message: string): void {
  const holder = form.querySelector<HTMLElement>(`[data-error-for="${field}"]`);
  if (!holder) return;
  holder.textContent = message;
  holder.hidden = false;
  const input = form.querySelector<HTMLElement>(`[name="${field}"]`);
  input?.setAttribute('aria-invalid', 'true');
}

function say(status: HTMLElement | null, text: string): void {
  if (status) status.textContent = text;
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function download(doc: Document, fileName: string, zip: Uint8Array): string {
  const url = URL.createObjectURL(new Blob([zip as BlobPart], { type: 'application/zip' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  return url;
}
