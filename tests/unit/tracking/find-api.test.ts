import { describe, expect, it } from 'vitest';
import type { FrameLike } from '../../../src/tracking/environment.ts';
import { candidateWindows, findApi, readStandard } from '../../../src/tracking/find-api.ts';

const api12 = { LMSInitialize: () => 'true', name: '1.2' };
const api2004 = { Initialize: () => 'true', name: '2004' };

interface Frame extends FrameLike {
  name: string;
  parent?: Frame | null;
  top?: Frame | null;
  opener?: Frame | null;
  API?: unknown;
  API_1484_11?: unknown;
}

/** A chain of frames, innermost first; each frame's parent is the next, the last is the top (its own parent). */
function chain(...frames: Partial<Frame>[]): Frame[] {
  const list: Frame[] = frames.map((f, i) => ({ name: `frame${i}`, ...f }));
  const top = list.at(-1);
  list.forEach((frame, i) => {
    frame.parent = list[i + 1] ?? frame;
    frame.top = top ?? null;
  });
  return list;
}

/** A window of another origin: reading anything on it throws, as browsers do. */
function crossOrigin(parent: Frame): Frame {
  const frame: Frame = { name: 'other-origin' };
  return new Proxy(frame, {
    get(_, key) {
      if (key === 'parent') return parent;
      if (key === 'top' || key === 'opener') return null;
      throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
    },
  });
}

describe('finding the LMS API', () => {
  it('finds a 1.2 API in the parent frame and a 2004 API in a grandparent', () => {
    const [course] = chain({}, { API: api12 }, {});
    expect(findApi(course!, 'auto')).toEqual({ version: '1.2', api: api12 });
    const [nested] = chain({}, {}, { API_1484_11: api2004 });
    expect(findApi(nested!, 'auto')).toEqual({ version: '2004', api: api2004 });
  });

  it('finds an API on the course window itself', () => {
    const [course] = chain({ API: api12 });
    expect(findApi(course!, 'scorm12')?.version).toBe('1.2');
  });

  it('with auto, prefers 2004 anywhere in the chain over a nearer 1.2', () => {
    const [course] = chain({}, { API: api12 }, { API_1484_11: api2004 });
    expect(findApi(course!, 'auto')?.version).toBe('2004');
  });

  it('looks only for the standard the package was built for', () => {
    const [course] = chain({}, { API: api12, API_1484_11: api2004 });
    expect(findApi(course!, 'scorm12')?.version).toBe('1.2');
    expect(findApi(course!, 'scorm2004')?.version).toBe('2004');
    expect(findApi(course!, 'none')).toBeUndefined();
    const [only12] = chain({}, { API: api12 });
    expect(findApi(only12!, 'scorm2004')).toBeUndefined();
  });

  it("then searches the top window's opener and its parents (a pop-up launch)", () => {
    const [, lmsTop] = chain({}, { API: api12 });
    const [popup] = chain({});
    popup!.opener = lmsTop!;
    expect(findApi(popup!, 'auto')).toEqual({ version: '1.2', api: api12 });
    const [lmsFrame] = chain({}, { API_1484_11: api2004 });
    const [inner, popupTop] = chain({}, {});
    popupTop!.opener = lmsFrame!;
    inner!.top = popupTop!;
    expect(findApi(inner!, 'auto')?.version).toBe('2004');
  });

  it('goes past a frame of another origin instead of stopping', () => {
    const [, , lms] = chain({}, {}, { API: api12 });
    const [course] = chain({});
    course!.parent = crossOrigin(lms!);
    course!.top = lms!;
    expect(findApi(course!, 'auto')).toEqual({ version: '1.2', api: api12 });
  });

  it('ignores something that is not an API', () => {
    const [course] = chain({}, { API: { LMSInitialize: 'yes' }, API_1484_11: null });
    expect(findApi(course!, 'auto')).toBeUndefined();
  });

  it('stops after 10 levels, and never loops', () => {
    const deep = chain(...Array.from({ length: 15 }, () => ({})), { API: api12 });
    expect(findApi(deep[0]!, 'auto')).toBeUndefined();
    expect(findApi(deep[6]!, 'auto')?.version).toBe('1.2');
    const [a, b] = chain({}, {});
    b!.parent = a!;
    expect(candidateWindows(a!)).toHaveLength(2);
  });

  it('finds nothing when the course runs on its own', () => {
    const [alone] = chain({});
    expect(findApi(alone!, 'auto')).toBeUndefined();
  });
});

describe('the standard the package was built for', () => {
  const doc = (content: string | null) => ({
    querySelector: (selector: string) =>
      selector === 'meta[name="speakup-standard"]' && content !== null ? { getAttribute: () => content } : null,
  });
  it.each([
    ['scorm12', 'scorm12'],
    ['scorm2004', 'scorm2004'],
    ['none', 'none'],
    ['auto', 'auto'],
    ['SCORM 1.2', 'auto'],
    [null, 'auto'],
  ] as const)('%s -> %s', (content, standard) => {
    expect(readStandard(doc(content))).toBe(standard);
  });
});
