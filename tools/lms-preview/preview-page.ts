/**
 * The preview page: plain HTML that works before its script runs, labelled controls, a live region for what
 * happened, tables with captions. It loads only its own script and style: the preview makes no outside request.
 */
export function previewPage(): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>LMS preview: Speak Up</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/lms/preview.css">
<script type="module" src="/lms/preview.js"></script>
</head>
<body>
<a class="skip" href="#course-area">Skip to the course</a>
<header class="bar">
  <h1>LMS preview</h1>
  <p id="source">Loading…</p>
  <p><a href="/teacher/">Teacher site</a>: lesson plans, scripts, the classroom view, safeguarding, the LMS guide</p>
</header>
<main>
  <section class="controls" aria-labelledby="launch-heading">
    <h2 id="launch-heading">Launch</h2>
    <form id="launch-form">
      <fieldset id="course-choice" hidden>
        <legend>Course</legend>
      </fieldset>
      <fieldset>
        <legend>LMS</legend>
        <label><input type="radio" name="standard" value="scorm12" checked> SCORM 1.2</label>
        <label><input type="radio" name="standard" value="scorm2004"> SCORM 2004</label>
        <label><input type="radio" name="standard" value="none"> No LMS</label>
      </fieldset>
      <fieldset>
        <legend>Open the course in</legend>
        <label><input type="radio" name="mode" value="frame" checked> a frame</label>
        <label><input type="radio" name="mode" value="nested"> a frame in a frame</label>
        <label><input type="radio" name="mode" value="popup"> a pop-up window</label>
      </fieldset>
      <div class="switches">
        <label><input type="checkbox" id="clear-browser" checked> Reset also clears the course's browser storage</label>
      </div>
      <fieldset class="faults">
        <legend>Faults (try how the course copes)</legend>
        <label>Commits <select id="fail-commits">
          <option value="0">are stored</option>
          <option value="1">fail: the next one</option>
          <option value="2">fail: the next two</option>
          <option value="3">fail: the next three</option>
          <option value="-1">fail: every one</option>
        </select></label>
        <label><input type="checkbox" id="slow-commits"> Commits take two seconds</label>
        <label>The API <select id="api-fault">
          <option value="none">works</option>
          <option value="throws">throws on every call</option>
          <option value="gone">is gone (its window closed)</option>
        </select></label>
        <label><input type="checkbox" id="network-down"> The network is down (commits cannot reach the LMS)</label>
        <label>At the next launch, suspend_data is <select id="suspend-data-fault">
          <option value="none">as stored</option>
          <option value="corrupt">corrupt</option>
          <option value="truncated">truncated</option>
          <option value="old-version">from an older format version</option>
        </select></label>
        <p><button type="button" id="reload-course">Reload the course</button>
          <a id="open-twice" href="/" target="_blank" rel="noopener">Open the course a second time (a new tab, the same learner)</a></p>
      </fieldset>
      <div class="buttons">
        <button type="submit" id="launch">Launch</button>
        <button type="button" id="relaunch">Close and relaunch</button>
        <button type="button" id="close">Close</button>
        <button type="button" id="reset">Reset attempt</button>
      </div>
    </form>
    <p id="warning" class="warning" hidden></p>
    <p id="status" role="status" aria-live="polite">The preview is starting.</p>
  </section>
  <section id="course-area" class="course" aria-labelledby="course-heading" tabindex="-1">
    <h2 id="course-heading" class="visually-hidden">Course</h2>
    <div id="frame-host"></div>
    <p id="popup-note" hidden>The course is open in a pop-up window. <button type="button" id="focus-popup">Bring it to the front</button></p>
  </section>
  <section class="panel" id="model-panel" aria-labelledby="model-heading">
    <h2 id="model-heading">Data model (LMS side)</h2>
    <p id="session-summary">No session yet.</p>
    <label><input type="checkbox" id="show-empty"> Show empty values</label>
    <div class="scroll" tabindex="0" role="region" aria-label="Data model values, scrollable">
      <table id="model">
        <caption class="visually-hidden">Current values of the LMS's data model</caption>
        <thead><tr><th scope="col">Element</th><th scope="col">Value</th></tr></thead>
        <tbody></tbody>
      </table>
    </div>
  </section>
  <section class="panel" id="calls-panel" aria-labelledby="calls-heading">
    <h2 id="calls-heading">API calls</h2>
    <div class="row">
      <label><input type="checkbox" id="hide-errors-calls" checked> Hide GetLastError, GetErrorString, GetDiagnostic</label>
      <label><input type="checkbox" id="only-errors"> Only calls with an error</label>
      <button type="button" id="clear-log">Clear</button>
    </div>
    <div class="scroll" tabindex="0" role="region" aria-label="API calls, scrollable">
      <table id="calls">
        <caption class="visually-hidden">Every call the course made to the LMS API, newest last</caption>
        <thead><tr><th scope="col">#</th><th scope="col">Launch</th><th scope="col">Call</th><th scope="col">Returned</th><th scope="col">Error</th></tr></thead>
        <tbody></tbody>
      </table>
    </div>
  </section>
  <section class="panel" id="stored-panel" aria-labelledby="stored-heading">
    <h2 id="stored-heading">Stored by the LMS</h2>
    <p id="stored-summary">Nothing stored yet.</p>
    <details><summary>Last commit received</summary><pre id="stored"></pre></details>
  </section>
</main>
</body>
</html>
`;
}
