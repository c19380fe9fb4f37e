"""Abbreviations written with a full stop that does not end a sentence, from the list in TDK's
Yazım Kılavuzu (Kısaltmalar) and the ones Turkish references and addresses use every day.

After one of these, a lowercase word goes on the same sentence ("vb. gibi", "bkz. ekteki
liste"), a number follows ("s. 12", "No. 5"), or a name ("Dr. Ayşe"). Kept as written, case
included: "S." (soyadı) and "s." (sayfa) are both on the list.
"""

from __future__ import annotations

ABBREVIATIONS = frozenset((
    # references and citations
    "a.g.e.", "a.g.m.", "age.", "agm.", "bk.", "bkz.", "krş.", "karş.", "vd.", "vb.", "vs.", "örn.",
    "ör.", "s.", "ss.", "sf.", "c.", "C.", "haz.", "çev.", "ed.", "der.", "yay.", "yy.", "Yay.",
    "no.", "No.", "nu.", "Nu.", "sy.", "sa.", "md.", "m.", "f.", "bl.", "böl.", "ek.", "Ek.", "not.",
    "vol.", "Vol.", "pp.", "p.", "al.", "ibid.", "op.", "cit.",
    # titles and ranks
    "Dr.", "dr.", "Prof.", "prof.", "Doç.", "doç.", "Yrd.", "Öğr.", "Gör.", "Arş.", "Uzm.",
    "Av.", "Sn.", "sn.", "Müh.", "Alb.", "Bşk.", "Gn.", "Gen.", "Mr.", "Mrs.", "Ms.", "St.",
    # addresses and organisations
    "Mah.", "mah.", "Cad.", "cad.", "Sok.", "sok.", "Sk.", "Apt.", "apt.", "Blv.", "Bulv.", "Mh.",
    "Kat.", "D.", "Tel.", "tel.", "Faks.", "Fak.", "Üniv.", "Ünv.", "Md.", "Müd.",
    "Ltd.", "Şti.", "A.Ş.", "T.C.", "T.A.Ş.", "Hz.", "Ord.",
    # time and measure
    "öö.", "ös.", "dk.", "ort.", "yak.", "min.", "maks.", "ark.",
))


def is_abbreviation(word: str) -> bool:
    """Whether ``word``, written with its final full stop ("bkz."), is a known abbreviation."""
    return word in ABBREVIATIONS
