// The camera guide's judgement, as pure functions of the landmarks and the guide JSON
// (GET /webapp/guide: the document's figures and the tuning, bot/webapp/guide.py).
// Coordinates are video pixels; shares are of the document frame drawn over the video.

export const CHIN = 152;
export const FOREHEAD = 10; // the hairline, not the crown: the crown is estimated above it
export const IRIS_LEFT = 468; // the subject's right iris, on the image's left
export const IRIS_RIGHT = 473;
export const MOUTH_LEFT = 61;
export const MOUTH_RIGHT = 291;
export const BRIDGE = 168; // between the eyes, where glasses' bridge sits
export const BROW = 151; // the forehead above it, the glasses test's reference

// The order hints are given in: the first that fails is said; "good" when none does.
export const ORDER = ["closer", "back", "raise", "lower", "centre", "straighten", "look", "glasses", "dark", "light"];

// The document frame in the video: FRAME_HEIGHT of the video's height, the spec's aspect, centred.
export function documentFrame(guide, width, height) {
  let h = height * guide.tuning.frame_height;
  let w = h * guide.aspect;
  if (w > width * 0.96) {
    w = width * 0.96;
    h = w / guide.aspect;
  }
  return { x: (width - w) / 2, y: (height - h) / 2, w, h };
}

export function point(landmarks, index, width, height) {
  const p = landmarks[index];
  return { x: p.x * width, y: p.y * height };
}

// Where the face is, relative to the frame: head height and eye line as shares of the frame's
// height, the centre's offset as a share of its width, the roll of the eye line in degrees.
export function measure(landmarks, frame, guide, width, height) {
  const chin = point(landmarks, CHIN, width, height);
  const forehead = point(landmarks, FOREHEAD, width, height);
  const left = point(landmarks, IRIS_LEFT, width, height);
  const right = point(landmarks, IRIS_RIGHT, width, height);
  const k = guide.tuning.crown_from_face;
  const crown = { x: chin.x + (forehead.x - chin.x) * k, y: chin.y + (forehead.y - chin.y) * k };
  const eyes = { x: (left.x + right.x) / 2, y: (left.y + right.y) / 2 };
  return {
    chin, crown, eyes, left, right,
    head: Math.hypot(chin.x - crown.x, chin.y - crown.y) / frame.h,
    eyeRow: (eyes.y - frame.y) / frame.h,
    offCentre: ((chin.x + forehead.x) / 2 - (frame.x + frame.w / 2)) / frame.w,
    roll: (Math.atan2(right.y - left.y, right.x - left.x) * 180) / Math.PI,
  };
}

// Yaw and pitch (degrees, unsigned) from MediaPipe's 4×4 face transformation matrix, as the engine
// reads them (engine/landmarks.py). Only their size matters here, so the layout of `data` (row- or
// column-major) changes nothing: the transposed terms differ in sign only.
export function pose(matrix) {
  if (!matrix || !matrix.data || matrix.data.length < 16) return null;
  const d = matrix.data;
  const yaw = (Math.asin(Math.max(-1, Math.min(1, Math.abs(d[2])))) * 180) / Math.PI;
  const pitch = (Math.abs(Math.atan2(Math.abs(d[6]), d[10])) * 180) / Math.PI;
  return { yaw, pitch };
}

export function gaze(blendshapes) {
  let most = 0;
  for (const c of (blendshapes && blendshapes.categories) || []) {
    if (c.categoryName.startsWith("eyeLook")) most = Math.max(most, c.score);
  }
  return most;
}

// Mean luma of a square patch (side `size` px) of an ImageData around (x, y).
export function patchLuma(image, x, y, size) {
  const half = Math.max(1, Math.round(size / 2));
  let sum = 0;
  let n = 0;
  for (let j = Math.round(y) - half; j <= Math.round(y) + half; j++) {
    if (j < 0 || j >= image.height) continue;
    for (let i = Math.round(x) - half; i <= Math.round(x) + half; i++) {
      if (i < 0 || i >= image.width) continue;
      const o = (j * image.width + i) * 4;
      sum += 0.299 * image.data[o] + 0.587 * image.data[o + 1] + 0.114 * image.data[o + 2];
      n++;
    }
  }
  return n ? sum / n : 0;
}

// Mean absolute vertical luma step in a patch: a glasses bridge is a strong horizontal edge.
export function patchEdges(image, x, y, size) {
  const half = Math.max(2, Math.round(size / 2));
  let sum = 0;
  let n = 0;
  for (let j = Math.round(y) - half; j < Math.round(y) + half; j++) {
    if (j < 0 || j + 1 >= image.height) continue;
    for (let i = Math.round(x) - half; i <= Math.round(x) + half; i++) {
      if (i < 0 || i >= image.width) continue;
      const a = (j * image.width + i) * 4;
      const b = a + image.width * 4;
      const la = 0.299 * image.data[a] + 0.587 * image.data[a + 1] + 0.114 * image.data[a + 2];
      const lb = 0.299 * image.data[b] + 0.587 * image.data[b + 1] + 0.114 * image.data[b + 2];
      sum += Math.abs(la - lb);
      n++;
    }
  }
  return n ? sum / n : 0;
}

// Light on the face from a small copy of the frame (`image`, `scale` = its px per video px): the
// cheeks where the engine's check reads them (engine/checks/lighting.py, after OFIQ: squares of
// 0.3 × the eye distance, below each eye by half the eye–mouth distance), and the glasses cue.
export function light(image, scale, landmarks, width, height) {
  const at = (index) => point(landmarks, index, width * scale, height * scale);
  const l = at(IRIS_LEFT);
  const r = at(IRIS_RIGHT);
  const eyeDistance = Math.hypot(r.x - l.x, r.y - l.y);
  const ml = at(MOUTH_LEFT);
  const mr = at(MOUTH_RIGHT);
  const drop = 0.5 * Math.hypot((ml.x + mr.x) / 2 - (l.x + r.x) / 2, (ml.y + mr.y) / 2 - (l.y + r.y) / 2);
  const cheek = Math.max(3, eyeDistance * 0.3);
  const left = patchLuma(image, l.x, l.y + drop, cheek);
  const right = patchLuma(image, r.x, r.y + drop, cheek);
  const size = Math.max(3, eyeDistance * 0.35);
  const bridge = at(BRIDGE);
  const brow = at(BROW);
  const edges = patchEdges(image, bridge.x, bridge.y, size) / Math.max(1, patchEdges(image, brow.x, brow.y, size));
  return { left, right, mean: (left + right) / 2, balance: Math.min(left, right) / Math.max(1, left, right), glasses: edges };
}

// Every check, each true when it fails; the first failing in ORDER is the hint.
export function failures(m, guide, facePose, lookingAway, lit) {
  const t = guide.tuning;
  const [headMin, headMax] = guide.head;
  const band = guide.eye_band || [guide.eye_line - 0.02, guide.eye_line + 0.02];
  return {
    closer: m.head < headMin - t.head_slack,
    back: m.head > headMax + t.head_slack,
    raise: m.eyeRow < band[0] - t.eye_slack,
    lower: m.eyeRow > band[1] + t.eye_slack,
    centre: Math.abs(m.offCentre) > t.centre_slack,
    straighten: Math.abs(m.roll) > guide.max_roll,
    look:
      (facePose !== null &&
        (facePose.yaw > guide.max_yaw + t.yaw_slack || facePose.pitch > guide.max_pitch + t.pitch_slack)) ||
      lookingAway > t.gaze_limit,
    glasses: guide.glasses_forbidden && lit !== null && lit.glasses > t.glasses_edge,
    dark: lit !== null && lit.mean < t.dark_level,
    light: lit !== null && lit.balance < t.light_ratio,
  };
}

export function hint(failed) {
  return ORDER.find((key) => failed[key]) || "good";
}
