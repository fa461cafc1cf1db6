#!/usr/bin/env python3
"""`python3 scripts/package.py DIST ZIP`, run by `make package` after `make dist`: writes the one
zip a clinic downloads, with docs/START-HERE.txt at its top and the built quiz (with its set-up
page) in the folder recovery-quiz/, ready to upload. The same DIST always gives the same bytes:
entries sorted, every date the same, the same permissions, the same compression."""

import sys
import zipfile
from pathlib import Path

FOLDER = "recovery-quiz"
GUIDE = Path(__file__).resolve().parent.parent / "docs" / "START-HERE.txt"
# The earliest date a zip can hold: no build's time ends up in the file.
DATE = (1980, 1, 1, 0, 0, 0)


def entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3  # Unix, so that the permissions below are read
    info.external_attr = 0o644 << 16
    return info


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit("usage: package.py DIST ZIP")
    dist, out = Path(sys.argv[1]), Path(sys.argv[2])
    if not (dist / "index.html").is_file() or not (dist / "setup" / "index.html").is_file():
        sys.exit(f"package.py: {dist} holds no built quiz with its set-up page: run `make dist` first")
    files = sorted(
        path.relative_to(dist).as_posix()
        for path in dist.rglob("*")
        if path.is_file()
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(entry(GUIDE.name), GUIDE.read_bytes(), compresslevel=9)
        for name in files:
            archive.writestr(entry(f"{FOLDER}/{name}"), (dist / name).read_bytes(), compresslevel=9)
    print(f"package.py: {out} with {len(files)} files in {FOLDER}/ and {GUIDE.name}, {out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
