"""Writes the messy import files of this folder (run it to regenerate them).

Each file is written byte by byte as old spreadsheets and other programs write them;
``tests/test_import_files.py`` says what the import must make of each.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

FILES: dict[str, tuple[str, str]] = {
    # name: (encoding, text)
    "semicolons_decimal_commas.csv": (
        "utf-8",
        "Number;Name;Email;Credit limit;Upper limit\r\n"
        "101;Anna Berg;anna@example.org;150,50;1000,00\r\n"
        "102;Ben Cole;ben@example.org;75;\r\n",
    ),
    "windows1252.csv": (
        "cp1252",
        "Name;Email;Address\r\n"
        "Zoë Müller;zoe@example.org;“Bäckerei”, Straße 5\r\n"
        "José Núñez;jose@example.org;Calle Señor 3\r\n",
    ),
    "cp1250.csv": (
        "cp1250",
        "Name;Email;Address\r\n"
        "Jiří Dvořák;jiri@example.cz;Třeboň\r\n"
        "Łukasz Wójcik;lukasz@example.pl;Łódź\r\n"
        "Zoltán Kovács;zoltan@example.hu;Győr\r\n",
    ),
    "macroman.csv": (
        "mac_roman",
        "Name,Email,Notes\r"
        "François Dœuf,francois@example.org,Crème brûlée\r"
        "Zoë Müller,zoe@example.org,“Bäckerei”\r",
    ),
    "utf8_bom_blank_lines.csv": (
        "utf-8-sig",
        " Number , Name ,Email\r\n"
        "\r\n"
        " 201 ,  Chloé   Dupont ,chloe@example.org \r\n"
        "\r\n"
        ",,\r\n"
        "202,Dev Patel,\r\n"
        "\r\n",
    ),
    "unknown_columns.csv": (
        "utf-8",
        "Number,Name,Email,Kreditlimit,Beitritt\n"
        "301,Ann Archer,ann@example.org,200,01.03.2019\n"
        "302,Bob Baker,bob@example.org,150,14.09.2021\n",
    ),
    "duplicates.csv": (
        "utf-8",
        "Name,Email,Phone\n"
        "Ann Archer,ann@example.org,0123 1\n"
        "Bob Baker,bob@example.org,0123 2\n"
        "Anne Archer,ANN@example.org,0123 3\n"
        "Cyd Cole,,0123 4\n"
        "cyd  cole,,0123 4\n"
        "Cyd Cole,,0999 9\n",
    ),
    "demo_members.csv": (  # the first members of `localex demo`, to import first
        "utf-8",
        "number,name,email\n"
        "1,Hiroshi Patel,hiroshi@example.org\n"
        "2,Georg Santos,georg@example.org\n"
        "3,Priya O'Neill,priya@example.org\n"
        "4,Jamal Petrova,\n"
        "5,Kasia Schmidt,kasia@example.org\n"
        "6,Lee Wong,lee@example.org\n",
    ),
    "someone_elses.csv": (
        "utf-8",
        "Member number,Name,Email\n"
        "1,Ada Lovelace,ada@example.org\n"
        "2,Bob Baker,bob@example.org\n"
        ",Charles Babbage,georg@example.org\n"
        "3,Priya O'Neill,priya@example.org\n"
        "4,JAMAL  PETROVA,\n"
        "5,Kasia Schmidt,hiroshi@example.org\n"
        "6,Lee Wong,lee.new@example.org\n",
    ),
    "member_codes.csv": (
        "utf-8",
        "ID,Name,Email\nEXMP0001,Ann Archer,ann@example.org\nEXMP0002,Bob Baker,bob@example.org\n",
    ),
    "us_dates.csv": (
        "utf-8",
        "Name,Joined\nAnn Archer,03/04/2024\nBob Baker,05/06/2023\nCyd Cole,2022-01-15\n",
    ),
    "us_dates_proven.csv": (
        "utf-8",
        "Name,Joined\nAnn Archer,03/04/2024\nBob Baker,12/31/2023\n",
    ),
    "control_characters.csv": (
        "utf-8",
        "Name,Email,Notes\n"
        "Ann\x00Archer,ann@example.org,\n"
        "Bob Baker,bob@example.org,\x1b[2Jcleared\n"
        "Cyd Cole,cyd@example.org,\x1b]0;owned\x07\n"
        "Dee\x7f Dale,dee@example.org,\n"
        "Eve \u202etxt.exe,eve@example.org,\n"
        "\u200b\u200b,fay@example.org,\n"
        'Gus Grant,gus@example.org,"line one\r\nline two"\n',
    ),
}


def main() -> None:
    for name, (encoding, text) in FILES.items():
        (HERE / name).write_bytes(text.encode(encoding))


if __name__ == "__main__":
    main()
