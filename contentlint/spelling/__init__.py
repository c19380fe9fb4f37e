"""Spelling: Turkish words checked with Hunspell and the dictionary-tr dictionary (rules CL601-CL605).

The rule IDs live here, below everything else in the package, so the rule registry can name them
without importing the speller.
"""

MISSPELLED = "CL601"
TURKISH_LETTERS = "CL602"
JOINED_KI = "CL603"
JOINED_QUESTION = "CL604"
JOINED_DE = "CL605"
