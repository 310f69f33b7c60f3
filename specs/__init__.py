"""Document catalogue: official photo rules as validated data files (no ML imports here)."""

from specs.catalogue import Catalogue, SpecError, UnknownDocument, load_catalogue
from specs.schema import DocumentSpec, Frame

__all__ = ["Catalogue", "DocumentSpec", "Frame", "SpecError", "UnknownDocument", "load_catalogue"]
