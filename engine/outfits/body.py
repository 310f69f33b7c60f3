"""Where the garment goes on this person, in output-photo pixels.

* Shoulders: the pose landmarker on a zoomed-out view of the source around the photo (so
  shoulders the crop cuts off are still seen), checked against the face's size and position;
  when the model fails or disagrees, the shoulders are estimated from the face alone.
* Neck: its centre lies below the chin along the head's own axis (perpendicular to the eye line,
  so tilted heads get a tilted collar); its depth blends where the shoulders put the collar line
  with a typical neck length, and its width is the skin run (parsing × matte) at collar height.
* Jaw: the lower face contour from the landmarks closes the region nothing may be drawn in.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from engine.face_regions import FACE_OVAL
from engine.landmarks import CHIN, FOREHEAD, IRIS_LEFT_IMAGE, IRIS_RIGHT_IMAGE
from engine.outfits.pose import PoseShoulders

JAW_ANGLES = (172, 397)  # image-left / image-right jaw corners
FACE_SIDES = (234, 454)  # widest points of the face contour
VIEW_ZOOM = 0.5  # the pose model sees the photo's frame shrunk to half, with the source around it
VIEW_SIDE = 512
MIN_VISIBILITY = 0.5
COLLAR_DROP = 0.16  # template: collar corners sit this far above the neck centre (shoulder units)
NECK_TO_SHOULDER = 0.42  # template: shoulder points sit this far below the neck centre
TYPICAL_NECK = 0.14  # neck centre below the chin, as a fraction of the face length, when unsure
EAR_DROP = 0.12  # the no-draw region reaches this far (face lengths) below the face sides: ear lobes
SHOULDER_LIFT = 0.2  # template: top of the garment's shoulder above the shoulder point (units)


@dataclass(frozen=True)
class Shoulders:
    left: np.ndarray  # image-left shoulder point, output px
    right: np.ndarray
    from_pose: bool


@dataclass(frozen=True)
class Body:
    """Target points for the garment's anchors, plus the head region, all in output px."""

    neck_centre: np.ndarray
    collar_left: np.ndarray
    collar_right: np.ndarray
    shoulders: Shoulders
    head: np.ndarray  # polygon: everything above the jaw line (and beside the face, down to the ears)
    jaw: np.ndarray  # the lower face contour, image right → chin → image left
    chin: np.ndarray
    face_length: float  # forehead landmark to chin
    across: np.ndarray  # unit vector along the eye line (image right)

    @property
    def scale(self) -> float:
        """Pixels per template unit: half the shoulder distance."""
        return float(np.linalg.norm(self.shoulders.right - self.shoulders.left) / 2)

    def targets(self) -> np.ndarray:
        """In the order of `Anchors.as_list`: neck centre, collar corners, shoulders."""
        return np.array(
            [self.neck_centre, self.collar_left, self.collar_right, self.shoulders.left, self.shoulders.right]
        )


def pose_view(
    source: np.ndarray, placement: np.ndarray, size: tuple[int, int]
) -> tuple[np.ndarray, np.ndarray]:
    """A zoomed-out view of the source around the output frame, and the 2×3 map view px → output px.

    The photo's frame occupies the middle half of the view (a little above centre, since the body
    lies below), so the pose model sees the shoulders the crop may cut.
    """
    width, height = size
    k = VIEW_SIDE / max(width, height)
    vw, vh = round(width * k), round(height * k)
    zoom = VIEW_ZOOM * k
    # output px → view px: shrink about (W/2, 0.6 H) and put that point at the view centre
    to_view = np.array([[zoom, 0, vw / 2 - zoom * width / 2], [0, zoom, vh / 2 - zoom * height * 0.6]])
    full = np.vstack([to_view, [0, 0, 1]]) @ np.vstack([placement, [0, 0, 1]])
    view = cv2.warpAffine(source, full[:2], (vw, vh), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    back = cv2.invertAffineTransform(to_view)
    return view, back


def measure(
    landmarks: np.ndarray,
    pose: PoseShoulders | None,
    pose_to_output: np.ndarray | None,
    skin: np.ndarray,
    silhouette: np.ndarray,
    hair: np.ndarray | None = None,
) -> Body:
    """`landmarks`: 478×≥2 face landmarks in output px; `pose` in view px with `pose_to_output`
    mapping them to output px; `skin`: output-size skin probability already multiplied by the
    matte; `silhouette`: the matte without hair, whose top edge is the real shoulder line;
    `hair`: the hair hanging in front, under which that edge is not the shoulder's."""
    pts = landmarks[:, :2].astype(np.float64)
    chin = pts[CHIN]
    face_length = float(np.linalg.norm(pts[FOREHEAD] - chin))
    face_width = float(np.linalg.norm(pts[FACE_SIDES[1]] - pts[FACE_SIDES[0]]))
    jaw_width = float(np.linalg.norm(pts[JAW_ANGLES[1]] - pts[JAW_ANGLES[0]]))
    across = pts[IRIS_RIGHT_IMAGE] - pts[IRIS_LEFT_IMAGE]
    across /= max(float(np.linalg.norm(across)), 1e-6)
    down = np.array([-across[1], across[0]])

    shoulders = _shoulders(pose, pose_to_output, chin, down, across, face_length, face_width)
    shoulders = _on_silhouette(shoulders, silhouette, hair, chin, face_length)
    mid = (shoulders.left + shoulders.right) / 2
    half = float(np.linalg.norm(shoulders.right - shoulders.left) / 2)

    # neck centre: where the shoulders put the collar line, blended with a typical neck length
    line_depth = float((mid - chin) @ down) - NECK_TO_SHOULDER * half
    depth = 0.5 * line_depth + 0.5 * TYPICAL_NECK * face_length
    depth = float(np.clip(depth, 0.08 * face_length, 0.32 * face_length))
    neck_centre = chin + down * depth
    neck_centre = neck_centre + across * 0.25 * float((mid - neck_centre) @ across)

    # the collar follows the neck, between the head's tilt and the shoulder line's
    shoulder_dir = (shoulders.right - shoulders.left) / max(2 * half, 1e-6)
    collar_dir = across + shoulder_dir
    collar_dir /= max(float(np.linalg.norm(collar_dir)), 1e-6)
    collar_down = np.array([-collar_dir[1], collar_dir[0]])
    rise = COLLAR_DROP * half
    row_centre = neck_centre - collar_down * rise
    neck_half = _neck_half_width(skin, row_centre, collar_dir, jaw_width)
    collar_left = row_centre - collar_dir * neck_half
    collar_right = row_centre + collar_dir * neck_half

    return Body(
        neck_centre=neck_centre,
        collar_left=collar_left,
        collar_right=collar_right,
        shoulders=shoulders,
        head=head_polygon(pts),
        jaw=jaw_contour(pts),
        chin=chin,
        face_length=face_length,
        across=across,
    )


def _shoulders(
    pose: PoseShoulders | None,
    to_output: np.ndarray | None,
    chin: np.ndarray,
    down: np.ndarray,
    across: np.ndarray,
    face_length: float,
    face_width: float,
) -> Shoulders:
    """Pose shoulders when plausible for this face, else an estimate from the face's proportions."""
    if pose is not None and to_output is not None and pose.visibility >= MIN_VISIBILITY:
        pair = np.array([pose.image_left, pose.image_right], np.float64)
        left, right = pair @ to_output[:, :2].T + to_output[:, 2]
        half = float(np.linalg.norm(right - left) / 2)
        mid = (left + right) / 2
        below = float((mid - chin) @ down)
        off_axis = abs(float((mid - chin) @ across))
        tilt = abs(math.degrees(math.atan2(right[1] - left[1], right[0] - left[0])))
        if (
            0.75 * face_width <= half <= 1.7 * face_width
            and -0.15 * face_length <= below <= 1.3 * face_length
            and off_axis <= 0.6 * face_width
            and tilt <= 25
        ):
            return Shoulders(left=left, right=right, from_pose=True)
    half = 1.08 * face_width
    mid = chin + down * 0.55 * face_length
    return Shoulders(left=mid - across * half, right=mid + across * half, from_pose=False)


def _on_silhouette(
    shoulders: Shoulders,
    silhouette: np.ndarray,
    hair: np.ndarray | None,
    chin: np.ndarray,
    face_length: float,
) -> Shoulders:
    """Move the shoulder points up or down so the garment's shoulder top lands on the person's
    own shoulder outline where the photo shows it (the pose model's points sit inside the joint,
    at a depth that varies with build and clothing). Where hair hangs onto the shoulder, the
    outline is hidden and the pose is kept."""
    half = float(np.linalg.norm(shoulders.right - shoulders.left) / 2)
    h, w = silhouette.shape
    moved: list[float | None] = []
    for point in (shoulders.left, shoulders.right):
        start = max(0, round(float(chin[1]) + 0.05 * face_length))
        end = min(h, round(float(point[1]) + 0.15 * half))
        tops = []
        for dx in (-0.08 * half, 0.0, 0.08 * half):  # a few columns around the point; the median
            x = round(float(point[0]) + dx)
            if not 2 <= x < w - 2 or end <= start + 1:
                continue
            column = silhouette[start:end, x - 2 : x + 3].mean(axis=1)
            rows = np.nonzero(column > 0.5)[0]
            if len(rows) == 0 or rows[0] == 0:  # no outline below the top of the search
                continue
            top = start + int(rows[0])
            if hair is not None and float(hair[max(0, top - 4) : top, x - 2 : x + 3].max(initial=0.0)) > 0.3:
                continue  # hair lies on this shoulder: its edge is the hair's
            tops.append(float(top))
        if not tops:
            moved.append(None)
            continue
        shift = float(np.median(tops)) + SHOULDER_LIFT * half - float(point[1])
        moved.append(shift if -0.45 * half <= shift <= 0.15 * half else None)
    known = [m for m in moved if m is not None]
    if not known:
        return shoulders
    fill = float(np.mean(known))
    dl, dr = (m if m is not None else fill for m in moved)
    return Shoulders(
        left=shoulders.left + np.array([0.0, dl]),
        right=shoulders.right + np.array([0.0, dr]),
        from_pose=shoulders.from_pose,
    )


def _neck_half_width(skin: np.ndarray, centre: np.ndarray, direction: np.ndarray, jaw_width: float) -> float:
    """Half the width of the skin run through `centre` along `direction`, bounded by the jaw's width
    (an open collar's skin would otherwise run into the chest)."""
    lo, hi = 0.3 * jaw_width, 0.5 * jaw_width
    h, w = skin.shape
    steps = np.arange(0, int(jaw_width) + 2, dtype=np.float64)
    widths = []
    for sign in (-1.0, 1.0):
        xy = centre[None, :] + sign * steps[:, None] * direction[None, :]
        xi = np.clip(np.round(xy[:, 0]).astype(int), 0, w - 1)
        yi = np.clip(np.round(xy[:, 1]).astype(int), 0, h - 1)
        inside = (skin[yi, xi] > 0.5) & (xy[:, 0] >= 0) & (xy[:, 0] < w) & (xy[:, 1] >= 0) & (xy[:, 1] < h)
        if not inside[0]:
            return 0.42 * jaw_width
        run = int(np.argmin(inside)) if not inside.all() else len(inside)
        widths.append(float(run))
    return float(np.clip(min(widths) * 1.02, lo, hi))


def head_polygon(landmarks: np.ndarray) -> np.ndarray:
    """Everything above the jaw line: the lower face contour (right face side → chin → left face
    side), dropped a little beside the face for the ear lobes, then closed far above the photo."""
    pts = landmarks[:, :2].astype(np.float64)
    face_length = float(np.linalg.norm(pts[FOREHEAD] - pts[CHIN]))
    contour = jaw_contour(pts)
    far = 1e5
    drop = EAR_DROP * face_length
    right, left = contour[0], contour[-1]
    return np.vstack(
        [
            [[far, right[1] + drop], [right[0], right[1] + drop]],
            contour,
            [[left[0], left[1] + drop], [-far, left[1] + drop], [-far, -far], [far, -far]],
        ]
    )


def jaw_contour(landmarks: np.ndarray) -> np.ndarray:
    """The face oval's lower half, from the image-right face side through the chin to the left."""
    start, end = FACE_OVAL.index(FACE_SIDES[1]), FACE_OVAL.index(FACE_SIDES[0])
    return landmarks[FACE_OVAL[start : end + 1], :2].astype(np.float64)


def polygon_mask(polygon: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """Anti-aliased float32 mask of a polygon (output px) over an image of `size` (w, h)."""
    w, h = size
    mask = np.zeros((h, w), np.uint8)
    pts = np.clip(np.round(polygon * 16), -(2**26), 2**26).astype(np.int32)
    cv2.fillPoly(mask, [pts], 255, lineType=cv2.LINE_AA, shift=4)
    return mask.astype(np.float32) / 255.0
