"""Turning what the user names (files, folders, feeds, URL lists, URLs) into raw inputs."""

from dyadwatch.ingest.decode import decode_bytes
from dyadwatch.ingest.sources import (
    MAX_BYTES,
    PlannedInput,
    expand_targets,
    plan_targets,
)

__all__ = ["MAX_BYTES", "PlannedInput", "decode_bytes", "expand_targets", "plan_targets"]
