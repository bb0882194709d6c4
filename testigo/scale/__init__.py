"""Engines that run extraction beyond one process: a local process pool and Ray.

Both run the very code of the local engine (``testigo.pipeline.extract_one`` over the
RuleExtractor of ``testigo.extract``); only where it runs changes. ``run_pool`` writes each
document as the local engine does; ``run_ray`` writes Parquet files and loads them in bulk
(``testigo.store.bulk``). Ray and pyarrow are imported only when the Ray engine runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from testigo.scale.pool import run_pool

if TYPE_CHECKING:
    from testigo.scale.on_ray import RayReport

__all__ = ["ENGINES", "run_pool", "run_ray"]

ENGINES = ("local", "ray")


def run_ray(*args: Any, **kwargs: Any) -> RayReport:
    """Run extraction on Ray (see ``testigo.scale.on_ray.run_ray``); needs the ``scale`` extra."""
    from testigo.scale.on_ray import run_ray as _run_ray

    return _run_ray(*args, **kwargs)
