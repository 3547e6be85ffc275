/**
 * The error codes an LMS answers through GetLastError, by name; the names are their meaning. The course ships only
 * the few codes it acts on (below); the tables name the rest in development logs and tests.
 */
export type ScormVersion = '1.2' | '2004';

/** Both versions: something went wrong that no other code describes. */
export const GENERAL_EXCEPTION = 101;
/** SCORM 2004: Initialize on a session already open (an earlier document of this launch never terminated). */
export const ALREADY_INITIALIZED_2004 = 103;
/** SCORM 2004: GetValue of an element never set (`cmi.location` on a first launch): normal, not a failure. */
export const NOT_INITIALIZED_VALUE_2004 = 403;
/** SCORM 1.2: an optional element the LMS does not implement (`cmi.interactions._count` may be one). */
export const NOT_IMPLEMENTED_12 = 401;

/** SCORM 1.2 RTE 3.3, API error codes. */
export const Scorm12Error = {
  NoError: 0,
  GeneralException: GENERAL_EXCEPTION,
  InvalidArgument: 201,
  ElementCannotHaveChildren: 202,
  ElementNotAnArray: 203,
  NotInitialized: 301,
  NotImplemented: NOT_IMPLEMENTED_12,
  /** The element is a keyword (`_children`, `_count`). */
  InvalidSetValue: 402,
  ReadOnly: 403,
  WriteOnly: 404,
  IncorrectDataType: 405,
} as const;

/** SCORM 2004 4th Edition RTE 3.1.7 (API implementation error codes). */
export const Scorm2004Error = {
  NoError: 0,
  GeneralException: GENERAL_EXCEPTION,
  GeneralInitializationFailure: 102,
  AlreadyInitialized: ALREADY_INITIALIZED_2004,
  /** Initialize after Terminate: this launch is over for the LMS. */
  ContentInstanceTerminated: 104,
  GeneralTerminationFailure: 111,
  TerminationBeforeInitialization: 112,
  TerminationAfterTermination: 113,
  RetrieveDataBeforeInitialization: 122,
  RetrieveDataAfterTermination: 123,
  StoreDataBeforeInitialization: 132,
  StoreDataAfterTermination: 133,
  CommitBeforeInitialization: 142,
  CommitAfterTermination: 143,
  GeneralArgumentError: 201,
  GeneralGetFailure: 301,
  GeneralSetFailure: 351,
  GeneralCommitFailure: 391,
  UndefinedDataModelElement: 401,
  UnimplementedDataModelElement: 402,
  DataModelElementValueNotInitialized: NOT_INITIALIZED_VALUE_2004,
  DataModelElementIsReadOnly: 404,
  DataModelElementIsWriteOnly: 405,
  DataModelElementTypeMismatch: 406,
  DataModelElementValueOutOfRange: 407,
  /** An interaction's type must be set before its responses, its id before anything else. */
  DataModelDependencyNotEstablished: 408,
} as const;

/** `405 IncorrectDataType`, for the console. */
export function describeError(version: ScormVersion, code: number): string {
  const names: Record<string, number> = version === '1.2' ? Scorm12Error : Scorm2004Error;
  return `${code} ${Object.keys(names).find((name) => names[name] === code) ?? 'UnknownError'}`;
}
