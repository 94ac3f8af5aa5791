"""Write crs-tariff-authorities.pdf from its text, to exercise `trainer draft` on a PDF.

Run from the repository root: python tests/data/articles/make_pdf.py
"""

import datetime as dt
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).parent


def main() -> None:
    lines = (HERE / "crs-tariff-authorities.txt").read_text(encoding="utf-8").splitlines()
    pdf = FPDF(format="Letter")
    pdf.set_creation_date(dt.datetime(2025, 9, 22, tzinfo=dt.UTC))  # the same bytes every run
    pdf.set_title(lines[0])
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=15)
    pdf.multi_cell(0, 8, lines[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    for line in lines[1:]:
        if line.strip():
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(4)
    pdf.output(str(HERE / "crs-tariff-authorities.pdf"))


if __name__ == "__main__":
    main()
