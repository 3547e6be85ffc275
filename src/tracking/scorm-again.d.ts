// scorm-again's subpath type files declare a default export, but the modules export names. These say what the
// modules really export. Types only: scorm-again is the LMS side, used by tests and the preview, never shipped.
declare module 'scorm-again/scorm12' {
  export { Scorm12API } from 'scorm-again';
}
declare module 'scorm-again/scorm2004' {
  export { Scorm2004API } from 'scorm-again';
}
