import os
import sys
from pathlib import Path


def _reexec_in_project_venv() -> None:
    """`python -m streams` from the project root with another interpreter: use the project's venv
    (made by scripts/bootstrap.sh), which holds exactly the dependencies the project pins. A bare
    interpreter that happens to have some of them (orjson, pydantic) would otherwise run without
    the others (the GeoNames data) and extract differently."""
    venv_python = Path(__file__).resolve().parent.parent / ".venv" / "bin" / "python"
    if venv_python.exists() and Path(sys.prefix).resolve() != venv_python.parent.parent.resolve():
        os.execv(str(venv_python), [str(venv_python), "-m", "streams", *sys.argv[1:]])


if not os.environ.get("FRONTWATCH_NO_REEXEC"):
    _reexec_in_project_venv()

from streams.cli import main  # noqa: E402

raise SystemExit(main())
