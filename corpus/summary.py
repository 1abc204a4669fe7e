"""What a run reports: counts by outcome, failures by reason, and a progress protocol.

The drivers (`arahan.corpus.ingest`, `arahan.corpus.batch`) fill a `RunSummary` and call a
`Progress` as they go; the CLI turns the progress into a rich bar and the summary into
a table, and the counts are saved with the run row in the store.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


class Progress:
    """Receives progress; this base class ignores it (used by tests and the benchmark)."""

    def total(self, n: int | None) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass

    def note(self, message: str) -> None:
        pass


@dataclass
class RunSummary:
    run_id: int | None
    counts: Counter = field(default_factory=Counter)
    failures: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)
    interrupted: bool = False

    @property
    def failed(self) -> int:
        return self.counts.get("failed", 0)

    def as_counts(self) -> dict:
        out = {k: v for k, v in sorted(self.counts.items()) if v}
        out.update({f"failed: {k}": v for k, v in sorted(self.failures.items())})
        return out


def summarise(run_id: int | None, writer, extra: Counter | None = None, interrupted: bool = False) -> RunSummary:
    counts = Counter(writer.counts)
    if extra:
        counts.update(extra)
    return RunSummary(run_id, counts, Counter(writer.failures), Counter(writer.skipped), interrupted)
