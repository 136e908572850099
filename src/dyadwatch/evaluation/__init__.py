"""Scoring the coder against gold files (schema: shared/eval/README.md)."""

from dyadwatch.evaluation.gold import GoldItem, read_gold
from dyadwatch.evaluation.score import (
    EvalResult,
    code_items,
    evaluate_by_language,
    evaluate_file,
    score,
)

__all__ = ["GoldItem", "read_gold", "EvalResult", "code_items", "evaluate_by_language", "evaluate_file", "score"]
