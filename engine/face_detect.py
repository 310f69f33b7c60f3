"""Face detection with YuNet (onnxruntime) on a downscaled copy of the photo.

Why a separate detector before the landmarker: MediaPipe's bundled BlazeFace is a short-range
model that misses small faces in full-body shots, and we must count *every* significant face to
refuse group photos. YuNet finds faces down to ~10 px at a 640 px working size in a few ms; the
landmarker then runs on a crop around the chosen face.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from engine.models import model_path
from engine.onnx_runtime import new_session

MODEL = "onnx/face_detection_yunet_2023mar_dynamic.onnx"
WORK_SIDE = 640
STRIDES = (8, 16, 32)
SCORE_THRESHOLD = 0.6
NMS_THRESHOLD = 0.3


@dataclass(frozen=True)
class DetectedFace:
    score: float
    box: tuple[float, float, float, float]  # x, y, w, h in source px
    keypoints: np.ndarray  # 5×2 source px: right eye, left eye, nose, right/left mouth corner

    @property
    def area(self) -> float:
        return self.box[2] * self.box[3]


class FaceDetector:
    def __init__(self, model_dir: Path | None = None, threads: int | None = None) -> None:
        self._session = new_session(model_path(MODEL, model_dir), threads)

    def detect(self, rgb: np.ndarray) -> list[DetectedFace]:
        """All faces above the score threshold, largest first, in source pixel coordinates."""
        h, w = rgb.shape[:2]
        scale = min(1.0, WORK_SIDE / max(h, w))
        small = cv2.resize(rgb, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
        sh, sw = small.shape[:2]
        ph, pw = -(-sh // 32) * 32, -(-sw // 32) * 32
        canvas = np.zeros((ph, pw, 3), np.float32)
        canvas[:sh, :sw] = small[:, :, ::-1]  # YuNet wants BGR 0..255
        blob = canvas.transpose(2, 0, 1)[None]
        names = [o.name for o in self._session.get_outputs()]
        outputs = dict(zip(names, self._session.run(None, {"input": blob}), strict=True))
        boxes, scores, kps = [], [], []
        for stride in STRIDES:
            cols = pw // stride
            cls = np.clip(outputs[f"cls_{stride}"][0, :, 0], 0, 1)
            obj = np.clip(outputs[f"obj_{stride}"][0, :, 0], 0, 1)
            score = np.sqrt(cls * obj)
            keep = np.nonzero(score > SCORE_THRESHOLD)[0]
            if keep.size == 0:
                continue
            row, col = keep // cols, keep % cols
            bbox = outputs[f"bbox_{stride}"][0, keep]
            cx, cy = (col + bbox[:, 0]) * stride, (row + bbox[:, 1]) * stride
            bw, bh = np.exp(bbox[:, 2]) * stride, np.exp(bbox[:, 3]) * stride
            boxes.append(np.stack([cx - bw / 2, cy - bh / 2, bw, bh], axis=1))
            scores.append(score[keep])
            k = outputs[f"kps_{stride}"][0, keep].reshape(-1, 5, 2)
            kps.append((np.stack([col, row], axis=1)[:, None, :] + k) * stride)
        if not boxes:
            return []
        all_boxes, all_scores, all_kps = np.concatenate(boxes), np.concatenate(scores), np.concatenate(kps)
        picked = cv2.dnn.NMSBoxes(all_boxes.tolist(), all_scores.tolist(), SCORE_THRESHOLD, NMS_THRESHOLD)
        faces = [
            DetectedFace(
                score=float(all_scores[i]),
                box=tuple(float(v) / scale for v in all_boxes[i]),
                keypoints=all_kps[i] / scale,
            )
            for i in np.asarray(picked).reshape(-1)
        ]
        return sorted(faces, key=lambda f: f.area, reverse=True)
