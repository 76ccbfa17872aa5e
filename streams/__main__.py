import os
import sys
from pathlib import Path


def _reexec_in_project_venv() -> None:
    """`python -m streams` from the project root with a bare interpreter: use the project's venv
    (made by scripts/bootstrap.sh) instead of failing on a missing dependency."""
    venv_python = Path(__file__).resolve().parent.parent / ".venv" / "bin" / "python"
    if venv_python.exists() and Path(sys.prefix).resolve() != venv_python.parent.parent.resolve():
        os.execv(str(venv_python), [str(venv_python), "-m", "streams", *sys.argv[1:]])


try:
    import orjson  # noqa: F401
    import pydantic  # noqa: F401
except ImportError:
    _reexec_in_project_venv()
    raise

from streams.cli import main  # noqa: E402

raise SystemExit(main())
