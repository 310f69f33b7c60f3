// The camera guide: the camera, the document's template over it, live hints from on-device face
// landmarks (MediaPipe Tasks Vision, served by the bot from static/vendor and /webapp/model), an
// automatic capture once everything has been inside the bands for a moment (or a tap), then the
// shot at full resolution to POST /webapp/upload with Telegram's initData.
// `window.guideState` mirrors what the page is doing, for the browser tests.
import { FaceLandmarker, FilesetResolver } from "./vendor/vision_bundle.mjs";
import * as judge from "./hints.js";

const $ = (id) => document.getElementById(id);
const video = $("video");
const overlay = $("overlay");
const shot = $("shot");
const hintBox = $("hint");
const buttons = { switch: $("switch"), capture: $("capture"), retake: $("retake"), send: $("send") };
const query = new URLSearchParams(location.search);
const fragment = new URLSearchParams(location.hash.slice(1)); // what Telegram passes: tgWebAppData, theme
const state = (window.guideState = {
  phase: "loading", hint: null, runs: 0, faces: 0, frame: null, size: null, captured: null,
  shot: null, upload: null, error: null, measures: null,
});
const OK_COLOUR = "#34c759";
const WAIT_COLOUR = "#ffcc00";
const SMALL_WIDTH = 320; // the copy of the frame light and glasses are judged on

let guide = null;
let landmarker = null;
let stream = null;
let facing = query.get("camera") === "back" ? "environment" : "user";
let goodSince = null;
let photo = null;
let lastResult = null;
const small = document.createElement("canvas");

function telegram() {
  const app = window.Telegram && window.Telegram.WebApp;
  return app && typeof app.ready === "function" ? app : null;
}

function initData() {
  const app = telegram();
  return (app && app.initData) || fragment.get("tgWebAppData") || "";
}

function applyTheme(params) {
  for (const [key, value] of Object.entries(params || {})) {
    document.documentElement.style.setProperty(`--tg-theme-${key.replace(/_/g, "-")}`, value);
  }
}

function applyViewport() {
  const app = telegram();
  if (app && app.viewportStableHeight) {
    document.documentElement.style.setProperty("--tg-viewport-height", `${app.viewportStableHeight}px`);
  }
  draw();
}

function joinTelegram() {
  const app = telegram();
  if (!app) return;
  app.ready();
  app.expand();
  applyTheme(app.themeParams);
  applyViewport();
  app.onEvent("themeChanged", () => applyTheme(app.themeParams));
  app.onEvent("viewportChanged", applyViewport);
}

function setPhase(phase) {
  state.phase = phase;
  document.body.dataset.phase = phase;
  const live = phase === "live";
  buttons.capture.hidden = !live;
  buttons.switch.hidden = !live;
  buttons.retake.hidden = !["shot", "failed", "sending"].includes(phase);
  buttons.retake.disabled = phase === "sending";
  buttons.send.hidden = phase !== "failed";
  shot.hidden = !["shot", "sending", "sent", "failed"].includes(phase);
  video.hidden = !shot.hidden;
}

function say(text, ok = false) {
  hintBox.textContent = text || "";
  document.body.dataset.ok = ok ? "1" : "0";
}

async function loadGuide() {
  const url = new URL("../guide", import.meta.url);
  url.search = new URLSearchParams({ doc: query.get("doc") || "", lang: query.get("lang") || "" }).toString();
  const response = await fetch(url);
  if (!response.ok) throw new Error(`guide ${response.status}`);
  guide = await response.json();
  document.documentElement.lang = guide.lang;
  document.documentElement.dir = guide.rtl ? "rtl" : "ltr";
  document.title = guide.texts.title;
  buttons.switch.textContent = guide.texts.switch;
  buttons.capture.textContent = guide.texts.capture;
  buttons.retake.textContent = guide.texts.retake;
  buttons.send.textContent = guide.texts.send;
  say(guide.texts.loading);
}

async function openCamera() {
  if (stream) stream.getTracks().forEach((track) => track.stop());
  stream = await navigator.mediaDevices.getUserMedia({
    audio: false,
    video: { facingMode: facing, width: { ideal: 1920 }, height: { ideal: 1920 } },
  });
  video.srcObject = stream;
  await video.play();
  video.classList.toggle("mirrored", facing === "user");
  state.size = { width: video.videoWidth, height: video.videoHeight };
}

async function loadLandmarker() {
  const fileset = await FilesetResolver.forVisionTasks(new URL("vendor/wasm", import.meta.url).href);
  landmarker = await FaceLandmarker.createFromOptions(fileset, {
    baseOptions: { modelAssetPath: new URL("../model/face_landmarker.task", import.meta.url).href, delegate: "CPU" },
    runningMode: "VIDEO",
    numFaces: 1,
    outputFaceBlendshapes: true,
    outputFacialTransformationMatrixes: true,
  });
}

function lighting(landmarks, width, height) {
  const scale = SMALL_WIDTH / width;
  small.width = SMALL_WIDTH;
  small.height = Math.max(1, Math.round(height * scale));
  const context = small.getContext("2d", { willReadFrequently: true });
  context.drawImage(video, 0, 0, small.width, small.height);
  const image = context.getImageData(0, 0, small.width, small.height);
  return judge.light(image, scale, landmarks, width, height);
}

function tick() {
  if (state.phase !== "live") return;
  if (video.readyState < 2) {
    setTimeout(tick, 50);
    return;
  }
  const width = video.videoWidth;
  const height = video.videoHeight;
  state.size = { width, height };
  const frame = judge.documentFrame(guide, width, height);
  state.frame = frame;
  if (!landmarker) {
    // no landmarks (the model did not load): the template still guides, the tap still captures
    draw();
    setTimeout(tick, 250);
    return;
  }
  const now = performance.now();
  const result = landmarker.detectForVideo(video, now);
  state.runs++;
  let key = "no-face";
  lastResult = null;
  if (result.faceLandmarks && result.faceLandmarks.length) {
    state.faces++;
    const landmarks = result.faceLandmarks[0];
    const m = judge.measure(landmarks, frame, guide, width, height);
    const facePose = judge.pose(result.facialTransformationMatrixes && result.facialTransformationMatrixes[0]);
    const away = judge.gaze(result.faceBlendshapes && result.faceBlendshapes[0]);
    const lit = lighting(landmarks, width, height);
    const failed = judge.failures(m, guide, facePose, away, lit);
    key = judge.hint(failed);
    lastResult = m;
    state.measures = { head: m.head, eyeRow: m.eyeRow, offCentre: m.offCentre, roll: m.roll, pose: facePose, gaze: away, light: lit, failed };
  }
  state.hint = key;
  document.body.dataset.hint = key;
  const good = key === "good";
  say(guide.texts[`hint-${key}`], good);
  draw();
  if (good) {
    goodSince = goodSince === null ? now : goodSince;
    if (now - goodSince >= guide.tuning.hold_ms) {
      capture("auto");
      return;
    }
  } else {
    goodSince = null;
  }
  setTimeout(tick, guide.tuning.detect_every_ms);
}

// The video's box on screen (object-fit: contain) and a video-pixel → screen mapping.
function placement() {
  const box = overlay.getBoundingClientRect();
  const width = video.videoWidth || 1;
  const height = video.videoHeight || 1;
  const scale = Math.min(box.width / width, box.height / height);
  const ox = (box.width - width * scale) / 2;
  const oy = (box.height - height * scale) / 2;
  const mirrored = facing === "user";
  return {
    box, scale, ox, oy,
    x: (x) => ox + (mirrored ? width - x : x) * scale,
    y: (y) => oy + y * scale,
  };
}

function draw() {
  const ratio = window.devicePixelRatio || 1;
  const where = placement();
  overlay.width = Math.round(where.box.width * ratio);
  overlay.height = Math.round(where.box.height * ratio);
  const g = overlay.getContext("2d");
  g.setTransform(ratio, 0, 0, ratio, 0, 0);
  g.clearRect(0, 0, where.box.width, where.box.height);
  if (!guide || !state.frame || state.phase !== "live") return;
  const f = state.frame;
  const left = where.ox + f.x * where.scale;
  const top = where.y(f.y);
  const w = f.w * where.scale;
  const h = f.h * where.scale;
  const row = (share) => top + share * h;
  const good = state.hint === "good";
  const colour = good ? OK_COLOUR : WAIT_COLOUR;
  // everything outside the document frame dimmed
  g.fillStyle = "rgba(0, 0, 0, 0.45)";
  g.fillRect(0, 0, where.box.width, where.box.height);
  g.clearRect(left, top, w, h);
  g.strokeStyle = "#ffffff";
  g.lineWidth = 2;
  g.strokeRect(left, top, w, h);
  // eye-line band
  const band = guide.eye_band || [guide.eye_line - 0.01, guide.eye_line + 0.01];
  g.fillStyle = "rgba(31, 111, 235, 0.16)";
  g.fillRect(left, row(band[0]), w, row(band[1]) - row(band[0]));
  g.strokeStyle = "rgba(120, 170, 255, 0.9)";
  g.lineWidth = 1;
  g.beginPath();
  g.moveTo(left, row(guide.eye_line));
  g.lineTo(left + w, row(guide.eye_line));
  g.stroke();
  // head ovals: the smallest and the largest allowed head (dashed), the middle one solid
  const cx = left + w / 2;
  const oval = (crown, chin, dashed, lineWidth) => {
    const height = row(chin) - row(crown);
    g.setLineDash(dashed ? [6, 5] : []);
    g.lineWidth = lineWidth;
    g.beginPath();
    g.ellipse(cx, (row(chin) + row(crown)) / 2, (height * 0.74) / 2, height / 2, 0, 0, 2 * Math.PI);
    g.stroke();
  };
  g.strokeStyle = colour;
  oval(guide.crown[0], guide.chin[0], true, 1.5);
  oval(guide.crown[1], guide.chin[1], true, 1.5);
  const midCrown = (guide.crown[0] + guide.crown[1]) / 2;
  const midChin = (guide.chin[0] + guide.chin[1]) / 2;
  oval(midCrown, midChin, false, 3);
  g.setLineDash([]);
  // shoulders: from the neck out to the frame's lower corners
  const headW = (row(midChin) - row(midCrown)) * 0.74;
  const neck = headW * 0.22;
  const neckBottom = row(midChin) + h * 0.05;
  g.lineWidth = 3;
  for (const side of [-1, 1]) {
    g.beginPath();
    g.moveTo(cx + side * neck, row(midChin) - headW * 0.05);
    g.lineTo(cx + side * neck, neckBottom);
    g.quadraticCurveTo(cx + side * w * 0.42, neckBottom, cx + side * (w / 2 - 2), top + h);
    g.stroke();
  }
  // where the face is now: the estimated crown, the chin and the eye line
  if (lastResult) {
    const m = lastResult;
    g.fillStyle = colour;
    for (const p of [m.crown, m.chin]) {
      g.beginPath();
      g.arc(where.x(p.x), where.y(p.y), 4, 0, 2 * Math.PI);
      g.fill();
    }
    g.lineWidth = 2;
    g.beginPath();
    g.moveTo(where.x(m.left.x), where.y(m.left.y));
    g.lineTo(where.x(m.right.x), where.y(m.right.y));
    g.stroke();
  }
}

// The full-resolution frame: the camera's own still when it can take one, else the video frame.
async function grab() {
  const track = stream && stream.getVideoTracks()[0];
  if (track && "ImageCapture" in window) {
    try {
      const still = await Promise.race([
        new window.ImageCapture(track).takePhoto(),
        new Promise((_, reject) => setTimeout(() => reject(new Error("takePhoto timed out")), 4000)),
      ]);
      if (still && still.size) return still;
    } catch (error) {
      console.warn("takePhoto failed, using the video frame", error);
    }
  }
  const canvas = document.createElement("canvas");
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  canvas.getContext("2d").drawImage(video, 0, 0);
  return await new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.95));
}

async function capture(how) {
  if (state.phase !== "live") return;
  setPhase("shot");
  state.captured = how;
  goodSince = null;
  photo = await grab();
  shot.src = URL.createObjectURL(photo);
  await shot.decode().catch(() => {});
  state.shot = { width: shot.naturalWidth, height: shot.naturalHeight, bytes: photo.size, type: photo.type };
  await send();
}

async function send() {
  setPhase("sending");
  say(guide.texts.sending);
  let status = 0;
  let body = null;
  try {
    const response = await fetch(new URL("../upload", import.meta.url), {
      method: "POST",
      headers: { "Content-Type": photo.type || "image/jpeg", "X-Telegram-Init-Data": initData() },
      body: photo,
    });
    status = response.status;
    body = await response.json().catch(() => null);
  } catch (error) {
    body = { error: String(error) };
  }
  state.upload = { status, body };
  if (status === 202) {
    setPhase("sent");
    say(guide.texts.sent, true);
    const app = telegram();
    if (app) setTimeout(() => app.close(), 1500);
    return;
  }
  const error = body && body.error;
  const text = { initdata: "expired", consent: "consent", "slow-down": "slow-down", "too-big": "too-big" }[error];
  setPhase("failed");
  say(guide.texts[text || "failed"]);
}

function retake() {
  if (shot.src) URL.revokeObjectURL(shot.src);
  photo = null;
  state.upload = null;
  setPhase("live");
  tick();
}

async function start() {
  setPhase("loading");
  const fromUrl = fragment.get("tgWebAppThemeParams");
  if (fromUrl) {
    try {
      applyTheme(JSON.parse(fromUrl));
    } catch (error) {
      console.warn("theme parameters unreadable", error);
    }
  }
  joinTelegram();
  window.addEventListener("load", joinTelegram); // Telegram's script loads async, maybe after us
  window.addEventListener("resize", draw);
  buttons.capture.addEventListener("click", () => capture("tap"));
  buttons.retake.addEventListener("click", retake);
  buttons.send.addEventListener("click", send);
  buttons.switch.addEventListener("click", async () => {
    facing = facing === "user" ? "environment" : "user";
    await openCamera().catch((error) => console.warn("switch failed", error));
  });
  try {
    await loadGuide();
  } catch (error) {
    state.error = `guide: ${error}`;
    setPhase("error");
    say("⚠️");
    return;
  }
  try {
    await openCamera();
  } catch (error) {
    state.error = `camera: ${error}`;
    setPhase("error");
    say(guide.texts["camera-denied"]);
    return;
  }
  try {
    await loadLandmarker();
  } catch (error) {
    // no live hints, but the camera and the tap still work
    state.error = `landmarks: ${error}`;
    console.error(error);
  }
  setPhase("live");
  buttons.capture.disabled = false;
  tick();
}

start();
