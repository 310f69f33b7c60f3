"""Where the head ends: the crown (top of hair) from the person mask, and the top of the skull.

Face landmarks stop at the hairline (landmark 10), but every spec measures head height to the
crown, so the crown must come from segmentation: the person pixel that lies farthest "up" the
face's own vertical axis, within the face's width (so raised hands or a tall hat brim beside
the head do not count).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from engine.landmarks import CHIN, FOREHEAD, IRIS_LEFT_IMAGE, IRIS_RIGHT_IMAGE
from engine.segmentation import SIDE, PersonSegmenter

FACE_SIDES = (234, 454)  # cheek contour points at the widest part of the face
LATERAL_REACH = 0.5  # fraction of the face width either side of the face axis searched for the crown


@dataclass(frozen=True)
class HeadTop:
    crown: tuple[float, float]
    skull_top: tuple[float, float]
    touches_top: bool  # the person reaches the photo's top edge above the face: the head is cut
    mask: np.ndarray  # 256×256 person probability over `box`
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 source px covered by `mask`


def find_head_top(rgb: np.ndarray, points: np.ndarray, segmenter: PersonSegmenter) -> HeadTop:
    chin = points[CHIN, :2].astype(np.float64)
    forehead = points[FOREHEAD, :2].astype(np.float64)
    eyes = (points[IRIS_LEFT_IMAGE, :2] + points[IRIS_RIGHT_IMAGE, :2]).astype(np.float64) / 2
    face_h = float(np.linalg.norm(forehead - chin))
    face_w = float(np.linalg.norm(points[FACE_SIDES[0], :2] - points[FACE_SIDES[1], :2]))
    up = (forehead - chin) / max(face_h, 1e-6)
    side = np.array([-up[1], up[0]])

    centre = (chin + forehead) / 2 + up * 0.35 * face_h
    half = 1.35 * face_h
    box = (
        round(centre[0] - half),
        round(centre[1] - half),
        round(centre[0] + half),
        round(centre[1] + half),
    )
    prob = segmenter.box(rgb, box)
    person = _component_at(prob > 0.5, _to_mask(forehead, box))

    ys, xs = np.nonzero(person)
    scale = (box[2] - box[0]) / SIDE
    pts = np.stack([box[0] + (xs + 0.5) * scale, box[1] + (ys + 0.5) * scale], axis=1)
    rel = pts - chin
    along, across = rel @ up, rel @ side
    within = np.abs(across - (forehead - chin) @ side) <= LATERAL_REACH * face_w
    eye_height = float((eyes - chin) @ up)
    if not within.any():
        crown = forehead
    else:
        best = int(np.argmax(np.where(within, along, -np.inf)))
        crown = pts[best]
        # half a mask pixel: the argmax pixel centre sits inside the hair, the edge is above it
        crown = crown + up * (0.5 * scale)
    crown_height = max(float((crown - chin) @ up), float((forehead - chin) @ up))
    crown = chin + up * crown_height + side * float((forehead - chin) @ side)
    skull_height = min(2.0 * eye_height, crown_height)
    skull = chin + up * skull_height + side * float((forehead - chin) @ side)
    touches = crown[1] <= scale * 1.5
    return HeadTop(
        crown=(float(crown[0]), float(crown[1])),
        skull_top=(float(skull[0]), float(skull[1])),
        touches_top=bool(touches),
        mask=prob,
        box=box,
    )


def _to_mask(point: np.ndarray, box: tuple[int, int, int, int]) -> tuple[int, int]:
    scale = SIDE / (box[2] - box[0])
    col = int(np.clip((point[0] - box[0]) * scale, 0, SIDE - 1))
    row = int(np.clip((point[1] - box[1]) * scale, 0, SIDE - 1))
    return col, row


def _component_at(mask: np.ndarray, seed: tuple[int, int]) -> np.ndarray:
    """The connected person region that contains the face (drops other people and blobs)."""
    count, labels = cv2.connectedComponents(mask.astype(np.uint8), connectivity=8)
    label = labels[seed[1], seed[0]]
    if label == 0:
        if count <= 1:
            return mask
        sizes = np.bincount(labels.ravel())[1:]
        label = int(np.argmax(sizes)) + 1
    component: np.ndarray = labels == label
    return component
