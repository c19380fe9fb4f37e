"""Spelling and joined clitics (CL601-CL605): metadata only.

These rules have no per-document check: the engine collects each file's words and one speller
decides on all of them at the end of the run (:mod:`contentlint.spelling.check`).
"""

from __future__ import annotations

from contentlint.diagnostics import Severity
from contentlint.messages import msg
from contentlint.rules.base import Rule
from contentlint.spelling import JOINED_DE, JOINED_KI, JOINED_QUESTION, MISSPELLED, TURKISH_LETTERS

RULES = (
    Rule(
        id=MISSPELLED, name="misspelled-word", category="spelling", severity=Severity.WARNING,
        summary=msg("Word not in the Turkish dictionary", "Türkçe sözlükte bulunmayan sözcük"),
        doc="""A word of the prose (the title, paragraphs, headings, tables, link texts) that the
Turkish Hunspell dictionary does not know, with the likeliest intended words: Turkish letters
restored, one letter added, dropped, changed or swapped, an apostrophe before a proper name's
ending, or two words written together. The first suggestion is in the message and is the
suggested fix, but --fix never applies it: a word missing from the dictionary may still be right.
Forms TDK writes otherwise (herşey, orjinal) are left to word-form-nonstandard (CL501) while it runs.

Not checked: code, link targets, URLs, e-mail addresses, numbers, all-caps acronyms (STGM),
words with a capital inside (YouTube) and words with letters foreign to Turkish. A capitalised
word inside a sentence is taken for a name and reported only when it lacks its Turkish letters
(Istanbul). Accept a word for the whole project in words.txt in the content root, or with
`[tool.contentlint.spelling] words`; "word model" gives it the endings of a dictionary word.

Bad:
    Başvurular kurumumuzun internet sitesinden alınmaktdır.
    Gönüllülerle iletşim kurmak için e-posta gönderin.
Good:
    Başvurular kurumumuzun internet sitesinden alınmaktadır.
    Gönüllülerle iletişim kurmak için e-posta gönderin.""",
        doc_tr="""Türkçe Hunspell sözlüğünün tanımadığı bir sözcük (başlıkta, paragraflarda,
ara başlıklarda, tablolarda, bağlantı metinlerinde), en olası doğru biçimleriyle: Türkçe harfleri
yerine konmuş, bir harfi eklenmiş, düşürülmüş, değiştirilmiş ya da yer değiştirmiş, özel adın
ekinden önce kesme işareti konmuş ya da bitişik yazılmış iki sözcük ayrılmış hâli. İlk öneri
iletide yer alır ve düzeltme önerisi olarak sunulur, ama --fix onu hiçbir zaman uygulamaz:
sözlükte olmayan bir sözcük yine de doğru olabilir. TDK'nin başka türlü yazdığı biçimler (herşey,
orjinal), word-form-nonstandard (CL501) çalışırken ona bırakılır.

Denetlenmeyenler: kod, bağlantı adresleri, URL'ler, e-posta adresleri, sayılar, büyük harfli
kısaltmalar (STGM), içinde büyük harf olan sözcükler (YouTube) ve Türkçede olmayan harfler içeren
sözcükler. Cümle içinde büyük harfle başlayan bir sözcük özel ad sayılır ve yalnızca Türkçe
harfleri eksikse (Istanbul) bildirilir. Bir sözcüğü bütün proje için içerik klasöründeki
words.txt dosyasına ya da `[tool.contentlint.spelling] words` ayarına ekleyin; "sözcük örnek"
biçimindeki bir satır sözcüğe sözlükteki örnek sözcüğün eklerini verir.

Hatalı:
    Başvurular kurumumuzun internet sitesinden alınmaktdır.
    Gönüllülerle iletşim kurmak için e-posta gönderin.
Doğru:
    Başvurular kurumumuzun internet sitesinden alınmaktadır.
    Gönüllülerle iletişim kurmak için e-posta gönderin.""",
    ),
    Rule(
        id=TURKISH_LETTERS, name="missing-turkish-letters", category="spelling", severity=Severity.WARNING,
        summary=msg("Word written without its Turkish letters", "Türkçe harfleri eksik yazılmış sözcük"),
        fixable=True,
        doc="""A word typed without ç, ğ, ı, ö, ş, ü or İ (or with ı and i swapped), when restoring
them gives exactly one word the dictionary knows and no other correction does. Only such a
word is fixed automatically: the bare form is not Turkish, and there is nothing to choose.
A capitalised word inside a sentence may be a foreign name and is reported as misspelled-word
(CL601) instead, without an automatic fix.

Bad:
    Gonullu ogrenciler icin basvuru formu hazirladik.
Good:
    Gönüllü öğrenciler için başvuru formu hazırladık.""",
        doc_tr="""ç, ğ, ı, ö, ş, ü ya da İ harfleri olmadan (ya da ı ile i karıştırılarak)
yazılmış bir sözcük: bu harfler yerine konduğunda sözlüğün tanıdığı tek bir sözcük çıkıyor ve
başka hiçbir düzeltme uymuyorsa. Otomatik olarak yalnızca böyle bir sözcük düzeltilir: harfleri
eksik biçim Türkçe değildir ve seçilecek başka bir şey yoktur. Cümle içinde büyük harfle
başlayan bir sözcük yabancı bir ad olabilir; o, otomatik düzeltme olmadan misspelled-word
(CL601) olarak bildirilir.

Hatalı:
    Gonullu ogrenciler icin basvuru formu hazirladik.
Doğru:
    Gönüllü öğrenciler için başvuru formu hazırladık.""",
    ),
    Rule(
        id=JOINED_KI, name="joined-ki", category="usage", severity=Severity.WARNING,
        summary=msg("Conjunction “ki” written joined", "Bitişik yazılmış “ki” bağlacı"),
        fixable=True,
        doc="""The conjunction "ki" is written apart from the word before it (TDK): "Biliyorum ki",
"demek ki", "öyle ki". Reported when the joined form is not a word and the word before "ki"
is; the relative suffix -ki (evdeki, bugünkü, yarınki) and the set forms written joined
(belki, çünkü, hâlbuki, mademki, meğerki, oysaki, sanki) are words and are left alone.
The fix separates "ki".

Bad:
    Biliyorumki başvurular yarın kapanıyor.
Good:
    Biliyorum ki başvurular yarın kapanıyor.""",
        doc_tr="""“ki” bağlacı kendinden önceki sözcükten ayrı yazılır (TDK): “Biliyorum ki”,
“demek ki”, “öyle ki”. Bitişik biçim bir sözcük değilse ve “ki”den önceki kısım bir sözcükse
bildirilir; -ki aitlik eki (evdeki, bugünkü, yarınki) ve kalıplaşıp bitişik yazılanlar (belki,
çünkü, hâlbuki, mademki, meğerki, oysaki, sanki) sözcüktür, dokunulmaz. Düzeltme “ki”yi ayırır.

Hatalı:
    Biliyorumki başvurular yarın kapanıyor.
Doğru:
    Biliyorum ki başvurular yarın kapanıyor.""",
    ),
    Rule(
        id=JOINED_QUESTION, name="joined-question-particle", category="usage", severity=Severity.WARNING,
        summary=msg("Question particle written joined", "Bitişik yazılmış soru eki"),
        fixable=True,
        doc="""The question particle mı/mi/mu/mü, with the endings it takes (misin, midir…), is
written apart from the word before it (TDK): "geldi mi?". Reported right before a question
mark, when the joined form is not a word and the word before the particle is, with the
particle's vowel in harmony with it. The fix separates the particle.

Bad:
    Başvuru formunu doldurdunuzmu?
    Derneğimize üye olabilirmiyim?
Good:
    Başvuru formunu doldurdunuz mu?
    Derneğimize üye olabilir miyim?""",
        doc_tr="""mı/mi/mu/mü soru eki, aldığı eklerle birlikte (misin, midir…), kendinden önceki
sözcükten ayrı yazılır (TDK): “geldi mi?”. Soru işaretinden hemen önce, bitişik biçim bir
sözcük değilse, ekten önceki kısım bir sözcükse ve ekin ünlüsü ona uyuyorsa bildirilir.
Düzeltme soru ekini ayırır.

Hatalı:
    Başvuru formunu doldurdunuzmu?
    Derneğimize üye olabilirmiyim?
Doğru:
    Başvuru formunu doldurdunuz mu?
    Derneğimize üye olabilir miyim?""",
    ),
    Rule(
        id=JOINED_DE, name="joined-de-da", category="usage", severity=Severity.WARNING,
        summary=msg("Conjunction “de/da” written joined", "Bitişik yazılmış “de/da” bağlacı"),
        fixable=True,
        doc="""The conjunction "de/da" is written apart (TDK): "yine de", "benim de". Reported
when the joined form is not a word by itself, the part before it is a common word, and "de/da"
follows its vowel harmony; "bizde", "sizde", "evde" are words (locatives) and are left alone.
After p, ç, t, k, s, ş, h, f the joined form may be a locative with a wrong consonant
("kitapda" for "kitapta"): that is left to misspelled-word (CL601), which suggests both.
"benimde", "seninde", "bizimde", "sizinde" are always the conjunction. The fix separates it.

Bad:
    Yinede başvurunuzu erkenden yapmanızı öneririz.
    Bu konuda benimde bir sorum var.
Good:
    Yine de başvurunuzu erkenden yapmanızı öneririz.
    Bu konuda benim de bir sorum var.""",
        doc_tr="""“de/da” bağlacı ayrı yazılır (TDK): “yine de”, “benim de”. Bitişik biçim tek
başına bir sözcük değilse, önceki kısım yaygın bir sözcükse ve “de/da” onun ünlü uyumuna
uyuyorsa bildirilir; “bizde”, “sizde”, “evde” sözcüktür (bulunma hâli), dokunulmaz. p, ç, t, k,
s, ş, h, f harflerinden sonra bitişik biçim ünsüzü yanlış yazılmış bir bulunma hâli olabilir
(“kitapta” yerine “kitapda”): o, ikisini de öneren misspelled-word (CL601) kuralına bırakılır.
“benimde”, “seninde”, “bizimde”, “sizinde” her zaman bağlaçtır. Düzeltme bağlacı ayırır.

Hatalı:
    Yinede başvurunuzu erkenden yapmanızı öneririz.
    Bu konuda benimde bir sorum var.
Doğru:
    Yine de başvurunuzu erkenden yapmanızı öneririz.
    Bu konuda benim de bir sorum var.""",
    ),
)
