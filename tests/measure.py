"""Independent measurements of a finished photo, for tests only.

Nothing here reuses the pipeline's numbers: the crown is where the rendered pixels stop being the
known background colour, eyes come from OpenCV's own YuNet runtime (cv2.FaceDetectorYN, a
different inference stack from the engine's onnxruntime path), and chin/eye ground truth travels
with the pixels as coloured markers painted into the input.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

MARKER = (255, 0, 255)  # pure magenta: never produced by skin, hair or a spec background


def paint_marker(rgb: np.ndarray, point: tuple[float, float], radius: int) -> None:
    cv2.circle(rgb, (round(point[0]), round(point[1])), radius, MARKER, -1, lineType=cv2.LINE_8)


def find_markers(photo: np.ndarray) -> np.ndarray:
    """Centroids (N×2, x/y) of magenta blobs in the photo, top to bottom."""
    r, g, b = (photo[:, :, i].astype(np.int16) for i in range(3))
    mask = ((r > 170) & (b > 170) & (g < 110) & (np.abs(r - b) < 80)).astype(np.uint8)
    count, _, stats, centroids = cv2.connectedComponentsWithStats(mask)
    keep = [i for i in range(1, count) if stats[i, cv2.CC_STAT_AREA] >= 2]
    pts = centroids[keep]
    return pts[np.argsort(pts[:, 1])] if len(pts) else np.zeros((0, 2))


def crown_row(photo: np.ndarray, background: tuple[int, int, int], x_range: tuple[int, int]) -> int:
    """First row (from the top) where the photo leaves the flat background inside x_range."""
    x0, x1 = max(0, x_range[0]), min(photo.shape[1], x_range[1])
    band = photo[:, x0:x1].astype(np.int16)
    diff = np.abs(band - np.array(background, np.int16)).sum(axis=2)
    rows = np.nonzero((diff > 45).sum(axis=1) >= 3)[0]
    return int(rows[0]) if len(rows) else photo.shape[0]


def eyes_cv2(photo: np.ndarray, model_dir: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(eye a, eye b, face box) from OpenCV's YuNet on the finished photo."""
    h, w = photo.shape[:2]
    detector = cv2.FaceDetectorYN.create(
        str(model_dir / "onnx" / "face_detection_yunet_2023mar.onnx"), "", (w, h), 0.6, 0.3, 5000
    )
    detector.setInputSize((w, h))
    _, faces = detector.detect(cv2.cvtColor(photo, cv2.COLOR_RGB2BGR))
    assert faces is not None and len(faces) >= 1, "no face in the finished photo"
    face = faces[np.argmax(faces[:, 2] * faces[:, 3])]
    return face[4:6], face[6:8], face[:4]
