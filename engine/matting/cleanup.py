"""Cleans a matte with what the engine knows about the person: one body, attached to the face.

Why: the person models see "a person-like region", and on busy backgrounds they also keep bits
of it: a poster's face, part of a crowd, a bright window, a painting beside the head. Matting then
refines those blobs faithfully, and they survive onto the new background. The other failure is
the reverse: an ear, an earring or a gap between hair and cheek reads as background and the new
colour shows through a hole in the head. We know where the face is (landmarks), so:

* only the region connected to the face is the person; anything else that is solid is dropped,
  and faint pixels (hair strands) are kept only within a short reach of that region;
* background enclosed by the person (a hole) is filled when it lies in the head or neck zone,
  or when it is small; the gap inside an arm raised to the head stays open;
* notches in the head's outline at the ears are closed with a morphological closing restricted
  to the ear bands beside the face.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from scipy import ndimage  # type: ignore[import-untyped]  # scipy-stubs is not installed

from engine.context import FaceAnalysis, Placement
from engine.geometry import FaceInFrame

STRAND_REACH = 0.025  # faint pixels kept this far (fraction of the height) from the solid person
SMALL_HOLE = 0.002  # enclosed holes below this share of the frame are filled anywhere
EAR_REACH = 0.62  # face widths from the face axis the ear band reaches
EAR_CLOSE = 0.12  # closing kernel, face widths


@dataclass(frozen=True)
class CleanupStats:
    blobs_removed: int  # detached solid regions dropped
    blob_pixels: int
    holes_filled: int
    hole_pixels: int


@dataclass(frozen=True)
class HeadZone:
    """The head (crown to chin, ears included) and neck, in output pixels."""

    mask: np.ndarray
    ears: np.ndarray
    face_point: tuple[int, int]  # (x, y) inside the face
    face_w: float


def head_zone(placement: Placement, face: FaceAnalysis) -> HeadZone:
    width, height = placement.size
    m = placement.matrix

    def out(p: tuple[float, float]) -> np.ndarray:
        mapped: np.ndarray = m[:, :2] @ np.array(p) + m[:, 2]
        return mapped

    f = FaceInFrame.of(placement, face)
    chin, crown, eyes = np.array(f.chin), out(face.crown), np.array(f.eyes)
    face_w = f.face_w
    axis = chin - crown
    length = float(np.linalg.norm(axis))
    angle = float(np.degrees(np.arctan2(axis[0], axis[1])))
    centre = (chin + crown) / 2
    mask = np.zeros((height, width), np.uint8)
    cv2.ellipse(
        mask,
        (round(centre[0]), round(centre[1])),
        (round(EAR_REACH * face_w), round(length / 2)),
        -angle,
        0,
        360,
        1,
        -1,
    )
    neck_top, neck_w = chin, 0.3 * face_w
    neck_bottom = chin + (axis / max(length, 1e-6)) * 0.25 * length
    cv2.rectangle(
        mask,
        (round(neck_top[0] - neck_w), round(neck_top[1] - 0.05 * length)),
        (round(neck_bottom[0] + neck_w), round(neck_bottom[1])),
        1,
        -1,
    )
    ears = np.zeros_like(mask)
    # the ears sit between the eye line and the nose base, beside the face
    top_y, bottom_y = eyes[1] - 0.12 * length, eyes[1] + 0.3 * length
    cv2.rectangle(
        ears,
        (round(eyes[0] - EAR_REACH * face_w), round(top_y)),
        (round(eyes[0] + EAR_REACH * face_w), round(bottom_y)),
        1,
        -1,
    )
    nose = out(tuple(face.landmarks[1, :2])) if np.any(face.landmarks[1, :2]) else eyes
    point = (int(np.clip(nose[0], 0, width - 1)), int(np.clip(nose[1], 0, height - 1)))
    return HeadZone(mask=mask.astype(bool), ears=ears.astype(bool), face_point=point, face_w=face_w)


def clean_matte(alpha: np.ndarray, zone: HeadZone) -> tuple[np.ndarray, CleanupStats]:
    """The matte with detached blobs removed and head holes filled (see module doc)."""
    height = alpha.shape[0]
    solid = alpha > 0.5
    count, labels, stats, _ = cv2.connectedComponentsWithStats(solid.astype(np.uint8), connectivity=8)
    if count <= 1:
        return alpha, CleanupStats(0, 0, 0, 0)
    x, y = zone.face_point
    main_label = labels[y, x]
    if main_label == 0:  # the face point fell on a hole: the largest region touching the head zone
        touching = np.bincount(labels[zone.mask & solid].ravel(), minlength=count)
        touching[0] = 0
        main_label = int(np.argmax(touching)) if touching.any() else int(np.argmax(stats[1:, 4]) + 1)
    main = labels == main_label
    dropped = [i for i in range(1, count) if i != main_label]
    blob_pixels = int(sum(stats[i, 4] for i in dropped))

    reach = max(2, round(STRAND_REACH * height))
    near = cv2.dilate(
        main.astype(np.uint8), cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * reach + 1,) * 2)
    )
    near = cv2.GaussianBlur(near.astype(np.float32), (0, 0), reach / 3)
    out = np.where(main, alpha, np.minimum(alpha, near) * (alpha <= 0.5)).astype(np.float32)

    # close notches at the ears, then fill enclosed holes in the head/neck zone (or small ones)
    k = max(3, round(EAR_CLOSE * zone.face_w) | 1)
    closed = cv2.morphologyEx(
        main.astype(np.uint8), cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k))
    )
    filled_notch = closed.astype(bool) & ~main & zone.ears & zone.mask
    holes = ndimage.binary_fill_holes(main | filled_notch) & ~(main | filled_notch)
    hole_labels, hole_count = ndimage.label(holes)
    fill = filled_notch.copy()
    filled = 0
    if hole_count:
        sizes = np.bincount(hole_labels.ravel(), minlength=hole_count + 1)
        in_head = np.bincount(hole_labels[zone.mask].ravel(), minlength=hole_count + 1)
        for i in range(1, hole_count + 1):
            if sizes[i] <= SMALL_HOLE * alpha.size or in_head[i] >= 0.5 * sizes[i]:
                fill |= hole_labels == i
                filled += 1
    if fill.any():
        soft = cv2.GaussianBlur(fill.astype(np.float32), (0, 0), 0.8)
        out = np.maximum(out, np.where(fill, 1.0, soft * (out > 0.5))).astype(np.float32)
    return out, CleanupStats(len(dropped), blob_pixels, filled, int(fill.sum()))
