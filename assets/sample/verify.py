#!/usr/bin/env python3
"""Checks the sample catalogue: headers, references, dates, genres, pages and ISBN-13 checksums.

Run from anywhere: python3 assets/sample/verify.py. Exits non-zero with one line per problem.
"""
import csv
import datetime
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
AUTHOR_HEADER = ["name", "birth_date", "biography"]
BOOK_HEADER = ["title", "author", "publication_date", "isbn", "genre", "pages"]
GENRES = {"FIC", "NON", "SCI", "HIS"}
PUBLIC_DOMAIN_BEFORE = 1929


def read_rows(name, header, problems):
    raw = (HERE / name).read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append(f"{name}: starts with a BOM")
    text = raw.decode("utf-8")  # raises on anything but UTF-8
    rows = list(csv.reader(text.splitlines(keepends=True), strict=True))
    if rows[0] != header:
        problems.append(f"{name}: header is {rows[0]}, expected {header}")
    for line, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            problems.append(f"{name}:{line}: {len(row)} columns, expected {len(header)}")
    return [(line, dict(zip(header, row))) for line, row in enumerate(rows[1:], start=2)]


def isbn13_is_valid(isbn):
    if len(isbn) != 13 or not isbn.isdigit():
        return False
    return sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(isbn)) % 10 == 0


def iso_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def check_authors(rows, problems):
    names = set()
    for line, a in rows:
        where = f"authors.csv:{line}"
        if not a["name"].strip() or len(a["name"]) > 100:
            problems.append(f"{where}: name empty or longer than 100")
        if a["name"] in names:
            problems.append(f"{where}: duplicate author {a['name']!r}")
        names.add(a["name"])
        if a["birth_date"] and iso_date(a["birth_date"]) is None:
            problems.append(f"{where}: birth_date {a['birth_date']!r} is not YYYY-MM-DD")
        if not a["biography"].strip():
            problems.append(f"{where}: empty biography")
    return names


def check_books(rows, authors, problems):
    isbns, titles = set(), set()
    for line, b in rows:
        where = f"books.csv:{line}"
        if not b["title"].strip() or len(b["title"]) > 200:
            problems.append(f"{where}: title empty or longer than 200")
        if b["author"] not in authors:
            problems.append(f"{where}: unknown author {b['author']!r}")
        if (b["title"], b["author"]) in titles:
            problems.append(f"{where}: duplicate title+author")
        titles.add((b["title"], b["author"]))
        date = iso_date(b["publication_date"])
        if date is None:
            problems.append(f"{where}: publication_date {b['publication_date']!r} is not YYYY-MM-DD")
        elif date.year >= PUBLIC_DOMAIN_BEFORE:
            problems.append(f"{where}: published {date.year}, not before {PUBLIC_DOMAIN_BEFORE}")
        if not isbn13_is_valid(b["isbn"]):
            problems.append(f"{where}: bad ISBN-13 {b['isbn']!r}")
        if b["isbn"] in isbns:
            problems.append(f"{where}: duplicate ISBN {b['isbn']}")
        isbns.add(b["isbn"])
        if b["genre"] not in GENRES:
            problems.append(f"{where}: genre {b['genre']!r} is not one of {sorted(GENRES)}")
        if not b["pages"].isdigit() or int(b["pages"]) <= 0:
            problems.append(f"{where}: pages {b['pages']!r} is not a positive integer")


def main():
    problems = []
    author_rows = read_rows("authors.csv", AUTHOR_HEADER, problems)
    book_rows = read_rows("books.csv", BOOK_HEADER, problems)
    authors = check_authors(author_rows, problems)
    check_books(book_rows, authors, problems)
    used = {b["author"] for _, b in book_rows}
    for name in sorted(authors - used):
        problems.append(f"authors.csv: {name!r} has no books")
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{len(author_rows)} authors, {len(book_rows)} books, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
