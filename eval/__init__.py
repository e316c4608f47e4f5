"""Evaluation workbench: labelled questions, retrieval/answer metrics, runs, reports and feedback.

Entry point: :func:`eval.runner.run_eval` (the ``cchc eval`` command). Submodules are
imported lazily so that ``import eval.questions`` stays light.
"""

from __future__ import annotations

__all__ = ["run_eval", "EvalResult", "load_config", "comparison_table"]


def __getattr__(name: str):
    if name in ("run_eval", "EvalResult"):
        from . import runner

        return getattr(runner, name)
    if name == "load_config":
        from .configs import load_config

        return load_config
    if name == "comparison_table":
        from .report import comparison_table

        return comparison_table
    raise AttributeError(name)
