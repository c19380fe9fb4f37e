"""Problems with the file itself, found while reading it (before any Markdown is parsed)."""

from __future__ import annotations

from contentlint.diagnostics import Severity
from contentlint.messages import msg
from contentlint.rules.base import Rule

RULES = (
    Rule(
        id="CL001", name="file-not-utf8", category="format", severity=Severity.ERROR,
        summary=msg("The file is not UTF-8", "Dosya UTF-8 değil"),
        doc="""Answer files must be UTF-8. Turkish text pasted from older Windows programs is
often saved as Windows-1254, which turns 'ğ, ş, ı' into other bytes. The message names the
encoding the file most probably has and the first byte that is not UTF-8. The file is not checked
further until it is saved as UTF-8.

Bad: a file saved as Windows-1254 ("Gönüllü" stored as bytes 47 F6 6E FC 6C 6C FC).
Good: the same text saved as UTF-8 (47 C3 B6 6E C3 BC 6C 6C C3 BC).""",
        doc_tr="""Yanıt dosyaları UTF-8 olmalıdır. Eski Windows programlarından yapıştırılan Türkçe metinler çoğu
zaman Windows-1254 kodlamasıyla kaydedilir ve 'ğ, ş, ı' gibi harfler başka baytlara dönüşür.
Bildirimde dosyanın büyük olasılıkla hangi kodlamayla kaydedildiği ve UTF-8 olmayan ilk bayt
belirtilir. Dosya UTF-8 olarak kaydedilene kadar başka hiçbir denetim yapılmaz.

Hatalı: Windows-1254 ile kaydedilmiş bir dosya ("Gönüllü" 47 F6 6E FC 6C 6C FC baytlarıyla saklanır).
Doğru: aynı metin UTF-8 ile kaydedilmiş (47 C3 B6 6E C3 BC 6C 6C C3 BC).""",
    ),
    Rule(
        id="CL002", name="file-bom", category="format", severity=Severity.WARNING,
        summary=msg("The file starts with a byte order mark", "Dosya bayt sırası işaretiyle (BOM) başlıyor"),
        doc="""A UTF-8 byte order mark (EF BB BF) at the start of the file hides the opening
'---' of the frontmatter from some tools. It is reported; the file is still checked.

Bad: EF BB BF 2D 2D 2D 0A ... ("\\ufeff---").
Good: 2D 2D 2D 0A ... ("---").""",
        doc_tr="""Dosyanın başındaki UTF-8 bayt sırası işareti (BOM, EF BB BF), bazı araçların ön bilgiyi
(frontmatter) açan '---' satırını görmesini engeller. Bu durum bildirilir, ama dosya yine de
denetlenir.

Hatalı: EF BB BF 2D 2D 2D 0A ... ("\\ufeff---").
Doğru: 2D 2D 2D 0A ... ("---").""",
    ),
    Rule(
        id="CL003", name="file-crlf", category="format", severity=Severity.WARNING,
        summary=msg("Windows (CRLF) line endings", "Windows (CRLF) satır sonları"),
        doc="""The content uses Unix line endings (LF). Files edited on Windows may end each line
with CR LF, which shows as changes on every line in reviews. It is reported; the file is still
checked, and --fix keeps the line endings a file has.

Bad: "title: ...\\r\\n".
Good: "title: ...\\n".""",
        doc_tr="""İçerikte Unix satır sonları (LF) kullanılır. Windows'ta düzenlenen dosyalarda satırlar CR LF ile
bitebilir; bu durumda değişiklikler gözden geçirilirken her satır değişmiş gibi görünür. Bu
durum bildirilir, ama dosya yine de denetlenir; --fix de dosyanın satır sonlarını olduğu gibi
bırakır.

Hatalı: "title: ...\\r\\n".
Doğru: "title: ...\\n".""",
    ),
    Rule(
        id="CL004", name="file-binary", category="format", severity=Severity.ERROR,
        summary=msg("A binary file where a text file was expected", "Metin dosyası yerine ikili dosya"),
        doc="""A file that contains NUL bytes is not text (an image or a Word document renamed
to .md, for example). It is reported at the first NUL byte and not checked further.

Bad: a .docx file renamed to answer.md.
Good: the text of the answer saved as UTF-8 plain text.""",
        doc_tr="""İçinde NUL baytı bulunan bir dosya metin dosyası değildir (örneğin uzantısı .md yapılmış bir
resim ya da Word belgesi). Bildirim ilk NUL baytının yerinde verilir ve dosya başka hiçbir
denetimden geçirilmez.

Hatalı: adı answer.md olarak değiştirilmiş bir .docx dosyası.
Doğru: yanıtın metni, UTF-8 düz metin olarak kaydedilmiş.""",
    ),
    Rule(
        id="CL005", name="file-too-large", category="format", severity=Severity.ERROR,
        summary=msg("The file is too large to be an answer", "Dosya bir yanıt için fazla büyük"),
        doc="""An answer is a few kilobytes of text. A file larger than max_file_size (1 MiB by
default) is not read, so one wrong file cannot make a run slow or use much memory.

Bad: a 40 MB export pasted into an answer file.
Good: an answer of a few paragraphs that links to the large document.""",
        doc_tr="""Bir yanıt birkaç kilobaytlık bir metindir. max_file_size değerinden (varsayılan olarak 1 MiB)
büyük dosyalar okunmaz; böylece yanlışlıkla eklenmiş tek bir dosya denetimi yavaşlatamaz ya da
fazla bellek harcatamaz.

Hatalı: bir yanıt dosyasına yapıştırılmış 40 MB'lık bir dışa aktarım.
Doğru: birkaç paragraftan oluşan ve büyük belgeye bağlantı veren bir yanıt.""",
    ),
    Rule(
        id="CL006", name="file-line-too-long", category="format", severity=Severity.WARNING,
        summary=msg("A line too long to be prose", "Metin için fazla uzun bir satır"),
        doc="""A line of tens of thousands of characters is not prose that an editor wrote (often
it is an embedded image or a paste gone wrong). Markdown checks are skipped for such a file so the
run stays fast; frontmatter and coverage checks still run.

Bad: a line of 200,000 characters of base64.
Good: paragraphs of ordinary length.""",
        doc_tr="""On binlerce karakterlik bir satır, bir editörün yazdığı metin olamaz (çoğu zaman metne gömülmüş
bir resim ya da bozuk bir yapıştırmadır). Denetim hızlı kalsın diye böyle bir dosyada Markdown
denetimleri atlanır; ön bilgi ve kapsam denetimleri yine de yapılır.

Hatalı: 200.000 karakterlik base64 içeren tek bir satır.
Doğru: olağan uzunlukta paragraflar.""",
    ),
    Rule(
        id="CL007", name="file-skipped", category="format", severity=Severity.WARNING,
        summary=msg("A path that looks like an answer file was skipped", "Yanıt dosyası gibi görünen bir yol atlandı"),
        doc="""Symbolic links that lead outside the content root or in a loop, folders named like
answer files ('x.md/'), and files that cannot be opened are skipped with this diagnostic, so
nothing is silently left out and nothing outside the content is read.

Bad: content/answers/a.md -> /etc/passwd (a link out of the content root).
Good: content/answers/a.md as a regular file.""",
        doc_tr="""İçerik klasörünün dışına ya da bir döngüye giden sembolik bağlantılar, yanıt dosyası gibi
adlandırılmış klasörler ('x.md/') ve açılamayan dosyalar atlanır ve her biri için bu bildirim
verilir. Böylece hiçbir şey sessizce dışarıda kalmaz ve içeriğin dışındaki hiçbir şey okunmaz.

Hatalı: content/answers/a.md -> /etc/passwd (içerik klasörünün dışına giden bir bağlantı).
Doğru: content/answers/a.md bağlantı değil, sıradan bir dosya.""",
    ),
    Rule(
        id="CL008", name="markdown-too-deep", category="format", severity=Severity.ERROR,
        summary=msg("Markdown nested too deeply", "Markdown çok derin iç içe"),
        doc="""Quotes inside quotes or lists inside lists more than 20 levels deep are never meant,
and unbounded nesting would exhaust the parser's recursion. What stands deeper is read as plain
paragraphs: its links are still found and checked, but it is not shown as the nesting says.

Bad: a line starting with 25 '> ' quote marks.
Good: at most a few levels of nesting.""",
        doc_tr="""20 düzeyden daha derin iç içe alıntılar ya da listeler hiçbir zaman bilerek yazılmaz;
sınırsız iç içe yapı, Markdown'u okuyan ayrıştırıcının özyineleme sınırını da aşar. Daha derinde
kalan kısım düz paragraf olarak okunur: içindeki bağlantılar yine bulunur ve denetlenir, ama bu
kısım iç içe yapının gösterdiği gibi görüntülenmez.

Hatalı: 25 tane '> ' alıntı işaretiyle başlayan bir satır.
Doğru: en fazla birkaç düzey iç içe yapı.""",
    ),
    Rule(
        id="CL009", name="internal-error", category="format", severity=Severity.ERROR,
        summary=msg("A rule failed on this file", "Bir kural bu dosyada hata verdi"),
        doc="""When a rule itself fails on a file (a bug in contentlint), the run goes on: the
other rules and files are still checked, and this diagnostic names the rule and the error so it
can be reported. It never means the content is wrong.

Bad: "CL301 failed on this file (IndexError: ...); please report it".
Good: no such diagnostic.""",
        doc_tr="""Bir kuralın kendisi bir dosyada çalışırken hata verirse (bu, contentlint'teki bir yazılım
hatasıdır) denetim durmaz: diğer kurallar ve dosyalar yine denetlenir. Bu bildirimde hata veren
kural ve hatanın kendisi yazılır; böylece sorunu geliştiricilere iletebilirsiniz. Bu bildirim,
içerikte bir yanlışlık olduğu anlamına asla gelmez.

Hatalı: "CL301 bu dosyada çalışırken hata verdi (IndexError: ...); lütfen bildirin".
Doğru: böyle bir bildirimin hiç çıkmaması.""",
    ),
)
