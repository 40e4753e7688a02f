import { findLmsApi, type FrameLike } from './findApi';

type Frame = FrameLike & Record<string, unknown>;

/** A chain of windows, outermost first; `apiAt` puts the API object into that window. */
function chain(depth: number, name: string, apiAt: number | null, api: object = { marker: true }): Frame[] {
  const frames: Frame[] = [];
  for (let i = 0; i < depth; i += 1) {
    const frame: Frame = { parent: null, opener: null };
    (frame as { parent: FrameLike | null }).parent = i === 0 ? frame : (frames[i - 1] as Frame);
    if (i === apiAt) frame[name] = api;
    frames.push(frame);
  }
  return frames;
}

const innermost = (frames: Frame[]) => frames[frames.length - 1] as Frame;

describe('findLmsApi', () => {
  it('finds API (1.2) in a parent frame, as Moodle and most players put it', () => {
    const api = { LMSInitialize: () => 'true' };
    expect(findLmsApi(innermost(chain(3, 'API', 0, api)), '1.2')).toBe(api);
  });

  it('finds API_1484_11 (2004) in the window itself and never takes the other version’s object', () => {
    const frames = chain(2, 'API', 0);
    const own = innermost(frames);
    expect(findLmsApi(own, '2004')).toBeNull();
    own.API_1484_11 = { Initialize: () => 'true' };
    expect(findLmsApi(own, '2004')).toBe(own.API_1484_11);
  });

  it('gives up after 7 parents in 1.2, as the SCORM 1.2 algorithm does, and goes further in 2004', () => {
    expect(findLmsApi(innermost(chain(10, 'API', 0)), '1.2')).toBeNull();
    expect(findLmsApi(innermost(chain(9, 'API', 1)), '1.2')).not.toBeNull();
    expect(findLmsApi(innermost(chain(40, 'API_1484_11', 0)), '2004')).not.toBeNull();
  });

  it('looks in the opener chain when the course runs in a window the LMS opened', () => {
    const lms = chain(2, 'API', 0);
    const popup: Frame = { parent: null, opener: innermost(lms) };
    (popup as { parent: FrameLike }).parent = popup;
    expect(findLmsApi(popup, '1.2')).toBe((lms[0] as Frame).API);
  });

  it('passes over a window of another origin instead of failing', () => {
    const frames = chain(3, 'API', 0);
    Object.defineProperty(frames[1], 'API', {
      get() {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    expect(findLmsApi(innermost(frames), '1.2')).toBe((frames[0] as Frame).API);
  });

  it('finds nothing outside an LMS', () => {
    expect(findLmsApi(innermost(chain(1, 'API', null)), '1.2')).toBeNull();
  });
});
