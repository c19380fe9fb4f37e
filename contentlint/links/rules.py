"""The link rules (CL4xx) and how one URL's result becomes one finding per occurrence.

The rules have no check of their own: the link runner (links/run.py) checks every distinct URL
once and reports here, and the engine's Stamper applies selection, severity and suppressions.
"""

from __future__ import annotations

from urllib.parse import unquote

from contentlint.diagnostics import Finding, Fix, Severity
from contentlint.links import model
from contentlint.links.extract import LinkRef
from contentlint.links.model import LinkResult
from contentlint.messages import Message, msg
from contentlint.rules.base import Rule


def _rule(rule_id: str, name: str, severity: Severity, summary: Message, doc: str, doc_tr: str) -> Rule:
    # Only moved links are 'fixable', and only by a run that checks links (links --fix,
    # check --links --fix): their fixes come from the network. The others' advice (a new
    # address, an archived copy, the real title) is in the diagnostic's fix description.
    return Rule(id=rule_id, name=name, category="link", severity=severity, summary=summary, doc=doc,
                doc_tr=doc_tr, fixable=rule_id in model.MOVED)


RULES = (
    _rule(model.NOT_FOUND, "link-not-found", Severity.ERROR,
          msg("The linked page does not exist (404/410)", "Bağlantı verilen sayfa yok (404/410)"), """\
The server says the page does not exist (HTTP 404) or was removed for good (HTTP 410). Readers
who follow the link find nothing. Retrying does not change this answer.

Bad:  [Rehber](https://www.stgm.org.tr/kaldirilmis-sayfa)   → 404
Good: [Rehber](https://www.stgm.org.tr/gonullu-yonetimi)    → 200""",
          doc_tr="""\
Sunucu, sayfanın olmadığını (HTTP 404) ya da kalıcı olarak kaldırıldığını (HTTP 410) bildiriyor.
Bağlantıya tıklayan okur hiçbir şey bulamaz. Yeniden denemek bu yanıtı değiştirmez.

Hatalı: [Rehber](https://www.stgm.org.tr/kaldirilmis-sayfa)   → 404
Doğru:  [Rehber](https://www.stgm.org.tr/gonullu-yonetimi)    → 200"""),
    _rule(model.HTTP_ERROR, "link-http-error", Severity.ERROR,
          msg("The server answers the link with an error", "Sunucu bağlantıya hata yanıtı veriyor"), """\
Any other 4xx answer (401, 403, 451…), a 5xx answer that persists after the retries, or a
redirect to something that is not a web address. A host that refuses robots with 403 can be
told apart in the configuration: [tool.contentlint.links.hosts."example.org"] accept = [403].

Bad:  [Rapor](https://example.org/rapor)   → 500, 500, 500, 500
Good: [Rapor](https://example.org/rapor)   → 200""",
          doc_tr="""\
Sunucu başka bir 4xx yanıtı (401, 403, 451…) veriyor, yeniden denemelerden sonra da 5xx yanıtı
vermeyi sürdürüyor ya da web adresi olmayan bir yere yönlendiriyor. Otomatik denetim araçlarını
(robotları) 403 ile geri çeviren bir sunucu yapılandırmada ayrıca belirtilebilir; o zaman bu yanıt
hata sayılmaz: [tool.contentlint.links.hosts."example.org"] accept = [403].

Hatalı: [Rapor](https://example.org/rapor)   → 500, 500, 500, 500
Doğru:  [Rapor](https://example.org/rapor)   → 200"""),
    _rule(model.UNREACHABLE, "link-unreachable", Severity.ERROR,
          msg("The link's server cannot be reached", "Bağlantının sunucusuna ulaşılamıyor"), """\
No HTTP answer at all: the domain name does not exist, the connection is refused or reset, the
secure connection (TLS) fails, or the server does not answer within --timeout, even after the
retries. A domain name that does not exist is reported as certain.

Bad:  [Site](https://eski-dernek-sitesi.org.tr/)   → the domain has expired
Good: [Site](https://www.stgm.org.tr/)""",
          doc_tr="""\
Sunucudan hiç HTTP yanıtı gelmiyor: alan adı yok, bağlantı reddediliyor ya da kesiliyor, güvenli
bağlantı (TLS) kurulamıyor veya sunucu, yeniden denemelere rağmen --timeout süresi içinde yanıt
vermiyor. Var olmayan bir alan adı, yeniden denemekle değişmeyecek kesin bir hata olarak
bildirilir.

Hatalı: [Site](https://eski-dernek-sitesi.org.tr/)   → alan adının süresi dolmuş
Doğru:  [Site](https://www.stgm.org.tr/)"""),
    _rule(model.SOFT_404, "link-soft-404", Severity.ERROR,
          msg("The page is gone although the server answers 200", "Sunucu 200 yanıtı verse de sayfa kaldırılmış"),
          """\
Many sites (STGM's Drupal among them) answer a removed page with "200 OK" and a page titled
"Sayfa bulunamadı", or redirect it to the home page or the login page. Generic link checkers call
these links fine; readers land on the wrong page. The title (and, on STGM, the main heading) is
compared with links.not_found_markers (default "Sayfa bulunamadı", "Page not found", "404").

Bad:  [Eğitim](https://www.stgm.org.tr/egitimler/eski-egitim)   → redirects to https://www.stgm.org.tr/
Good: [Eğitim](https://www.stgm.org.tr/egitimler)""",
          doc_tr="""\
Birçok site (STGM'nin Drupal sitesi de bunlardan biri), kaldırılmış bir sayfa için "200 OK"
yanıtıyla "Sayfa bulunamadı" başlıklı bir sayfa döndürür ya da okuru ana sayfaya veya giriş
sayfasına yönlendirir. Sıradan bağlantı denetleyicileri bu bağlantıları sağlam sayar, oysa okur
yanlış sayfaya düşer. Sayfanın başlığı (STGM'de ayrıca ana başlığı) links.not_found_markers
ayarındaki ifadelerle karşılaştırılır (varsayılanı "Sayfa bulunamadı", "Page not found", "404").

Hatalı: [Eğitim](https://www.stgm.org.tr/egitimler/eski-egitim)   → yönlendirme: https://www.stgm.org.tr/
Doğru:  [Eğitim](https://www.stgm.org.tr/egitimler)"""),
    _rule(model.REDIRECT_LOOP, "link-redirect-loop", Severity.ERROR,
          msg("The link redirects in a loop or too many times",
              "Bağlantı döngüye giriyor ya da çok fazla yönlendiriyor"),
          """\
Redirects are followed one by one, at most 10. A redirect back to an address already visited,
or an eleventh redirect, means browsers give up too.

Bad:  https://example.org/a → /b → /a
Good: https://example.org/a → /b → 200""",
          doc_tr="""\
Yönlendirmeler birer birer ve en fazla 10 kez izlenir. Bağlantı daha önce uğradığı bir adrese geri
dönüyorsa ya da on birinci bir yönlendirme geliyorsa tarayıcılar da sayfayı açmaktan vazgeçer.

Hatalı: https://example.org/a → /b → /a
Doğru:  https://example.org/a → /b → 200"""),
    _rule(model.PERMANENT_REDIRECT, "link-permanent-redirect", Severity.WARNING,
          msg("The linked page has moved permanently", "Bağlantı verilen sayfa kalıcı olarak taşınmış"), """\
The server answers 301 or 308: the page lives at another address now. The link still works,
but old addresses are the first to break; the diagnostic carries the new address as its fix
(the target of the leading permanent redirects, never of a temporary one). `links --fix` and
`check --links --fix` write it in when every redirect was permanent and the new page works, is on
the same site and is not its home, login or consent page.

Bad:  [501 Commons](https://www.501commons.org/resources/tools)   → 301 to /resources/tools-and-best-practices
Good: [501 Commons](https://www.501commons.org/resources/tools-and-best-practices)""",
          doc_tr="""\
Sunucu 301 ya da 308 yanıtı veriyor: sayfa artık başka bir adreste. Bağlantı şimdilik çalışır, ama
ilk bozulan adresler eski adreslerdir. Bildirim, düzeltme olarak yeni adresi de verir (baştaki
kalıcı yönlendirmelerin vardığı adresi; geçici bir yönlendirmenin hedefini asla önermez). Bütün
yönlendirmeler kalıcıysa ve yeni sayfa çalışıyor, aynı sitede ve sitenin ana sayfası, giriş ya da
onay sayfası değilse `links --fix` ve `check --links --fix` yeni adresi dosyaya yazar.

Hatalı: [501 Commons](https://www.501commons.org/resources/tools)   → 301 → /resources/tools-and-best-practices
Doğru:  [501 Commons](https://www.501commons.org/resources/tools-and-best-practices)"""),
    _rule(model.INSECURE, "link-insecure", Severity.WARNING,
          msg("The link uses http:// instead of https://", "Bağlantı https:// yerine http:// kullanıyor"), """\
An http:// link can be read and altered on the way. When the https:// address is known to work
(STGM, or a site that redirects to it) it is given as the fix; `links --fix` writes it in when
the site itself redirects there permanently.

Bad:  [STGM](http://www.stgm.org.tr/bilgi-merkezi)
Good: [STGM](https://www.stgm.org.tr/bilgi-merkezi)""",
          doc_tr="""\
http:// ile açılan bir sayfa, okura ulaşana kadar yolda okunabilir ve değiştirilebilir. https://
adresinin çalıştığı biliniyorsa (STGM'de ya da kendiliğinden https:// adresine yönlendiren bir
sitede) düzeltme olarak bu adres önerilir. Site kendisi bu adrese kalıcı olarak yönlendiriyorsa
`links --fix` adresi dosyaya yazar.

Hatalı: [STGM](http://www.stgm.org.tr/bilgi-merkezi)
Doğru:  [STGM](https://www.stgm.org.tr/bilgi-merkezi)"""),
    _rule(model.NODE_ALIAS, "link-node-alias", Severity.WARNING,
          msg("A /node/N link where the page has a readable address",
              "Sayfanın okunabilir adresi varken /node/N bağlantısı"), """\
Drupal pages have a number (/node/20247) and a readable address (/gonullu-yonetimi); the number
redirects to the address. Readable addresses tell the reader where the link goes, and survive
a move to another system. The readable address is given as the fix, and `links --fix` writes
it in when the redirect is permanent.

Bad:  [Gönüllü Yönetimi](https://www.stgm.org.tr/node/20247)
Good: [Gönüllü Yönetimi](https://www.stgm.org.tr/gonullu-yonetimi)""",
          doc_tr="""\
Drupal sayfalarının hem bir numarası (/node/20247) hem de okunabilir bir adresi (/gonullu-yonetimi)
vardır; numaralı adres okunabilir adrese yönlendirir. Okunabilir adres, bağlantının nereye
gittiğini okura söyler ve site başka bir sisteme taşındığında da geçerliliğini korur. Düzeltme
olarak okunabilir adres önerilir; yönlendirme kalıcıysa `links --fix` bu adresi dosyaya yazar.

Hatalı: [Gönüllü Yönetimi](https://www.stgm.org.tr/node/20247)
Doğru:  [Gönüllü Yönetimi](https://www.stgm.org.tr/gonullu-yonetimi)"""),
    _rule(model.YOUTUBE_INVALID, "link-youtube-invalid", Severity.ERROR,
          msg("A YouTube link with a malformed video or playlist id",
              "Video ya da oynatma listesi kimliği bozuk bir YouTube bağlantısı"), """\
A video id is 11 letters, digits, '-' or '_'; a playlist id starts with PL (and other known
prefixes). A truncated or mistyped id never plays. Checked without any request.

Bad:  https://www.youtube.com/watch?v=I_FEZm8Fc
Good: https://www.youtube.com/watch?v=I_FEZm8FcKU""",
          doc_tr="""\
Bir video kimliği 11 karakterden oluşur: harf, rakam, '-' ya da '_'. Oynatma listesi kimliği PL
ile (ya da bilinen başka öneklerden biriyle) başlar. Kesik ya da yanlış yazılmış bir kimlikle video
hiçbir zaman oynatılamaz. Bu denetim için hiçbir istek gönderilmez.

Hatalı: https://www.youtube.com/watch?v=I_FEZm8Fc
Doğru:  https://www.youtube.com/watch?v=I_FEZm8FcKU"""),
    _rule(model.YOUTUBE_UNAVAILABLE, "link-youtube-unavailable", Severity.ERROR,
          msg("The YouTube video or playlist is gone or private",
              "YouTube videosu ya da oynatma listesi kaldırılmış veya gizli"),
          """\
YouTube's watch page answers 200 even for a deleted video, so contentlint asks YouTube's oEmbed
service, and for an ambiguous answer looks at the video's thumbnail (private videos have none).
A link to a video inside a playlist checks both.

Bad:  https://www.youtube.com/watch?v=<a deleted video>
Good: https://www.youtube.com/watch?v=I_FEZm8FcKU""",
          doc_tr="""\
YouTube'un video sayfası, silinmiş bir video için bile 200 yanıtı verir. Bu yüzden contentlint
YouTube'un oEmbed hizmetine sorar; yanıt kesin değilse videonun küçük resmine bakar (gizli
videoların küçük resmi yoktur). Bir oynatma listesindeki videoya verilen bağlantıda hem video
hem de liste denetlenir.

Hatalı: https://www.youtube.com/watch?v=<silinmiş bir video>
Doğru:  https://www.youtube.com/watch?v=I_FEZm8FcKU"""),
    _rule(model.YOUTUBE_NOT_EMBEDDABLE, "link-youtube-not-embeddable", Severity.INFO,
          msg("The video's owner does not allow embedding", "Video sahibi gömmeye izin vermiyor"), """\
The link works on YouTube, but the video cannot be embedded in another page. Worth knowing
before putting it in an <iframe>; a plain link is fine.

Bad:  <iframe src="https://www.youtube.com/embed/<such a video>">
Good: [Eğitim videosu](https://www.youtube.com/watch?v=<such a video>)""",
          doc_tr="""\
Bağlantı YouTube'da çalışır, ama video başka bir sayfaya gömülemez. Videoyu bir <iframe> içine
koymadan önce bunu bilmekte yarar var; düz bir bağlantı vermekse sorun değildir.

Hatalı: <iframe src="https://www.youtube.com/embed/<böyle bir video>">
Doğru:  [Eğitim videosu](https://www.youtube.com/watch?v=<böyle bir video>)"""),
    _rule(model.NOT_A_PDF, "link-not-a-pdf", Severity.ERROR,
          msg("A PDF link that does not return a PDF", "PDF döndürmeyen bir PDF bağlantısı"), """\
A link ending in .pdf (or answered as application/pdf) must return a file starting with
'%PDF-'. When a guide is removed, many servers answer "200 OK" with an HTML page instead, which
generic link checkers accept. Only the first KiB is requested (Range: bytes=0-1023); the size
of the PDF is reported when the server tells it.

Bad:  [Rehber](https://stk.bilgi.edu.tr/media/uploads/2015/01/31/GONULLU.pdf)   → an HTML page
Good: [Rehber](https://www.stgm.org.tr/sites/default/files/2022-09/rehber.pdf)   → %PDF-1.7""",
          doc_tr="""\
.pdf ile biten (ya da sunucunun application/pdf olarak sunduğu) bir bağlantı, '%PDF-' ile başlayan
bir dosya döndürmelidir. Bir rehber kaldırıldığında birçok sunucu onun yerine "200 OK" yanıtıyla
bir HTML sayfası döndürür; sıradan bağlantı denetleyicileri bunu sorunsuz kabul eder. Dosyanın
yalnızca ilk 1 KiB'lık kısmı istenir (Range: bytes=0-1023); sunucu PDF'in boyutunu bildiriyorsa
bu boyut da bildirimde yer alır.

Hatalı: [Rehber](https://stk.bilgi.edu.tr/media/uploads/2015/01/31/GONULLU.pdf)   → bir HTML sayfası
Doğru:  [Rehber](https://www.stgm.org.tr/sites/default/files/2022-09/rehber.pdf)   → %PDF-1.7"""),
    _rule(model.RATE_LIMITED, "link-rate-limited", Severity.WARNING,
          msg("The host kept answering 'too many requests'", "Sunucu 'çok fazla istek' yanıtı vermeyi sürdürdü"), """\
A 429 (or a 503 with Retry-After) makes contentlint wait as asked and slow down for that host;
if the host still refuses after --retries tries of the link, or links.max_rate_limit_wait seconds
after its first 429, the link (then every link of that host) is reported as not verified rather
than broken.

Bad:  a link the host would not answer for within the limit
Good: the same link on a later run, or with a larger links.max_rate_limit_wait""",
          doc_tr="""\
429 yanıtı (ya da Retry-After içeren bir 503 yanıtı) gelince contentlint istenen süre kadar bekler
ve o sunucuya daha seyrek istek gönderir. Sunucu bağlantı --retries kez denendikten sonra ya da ilk
429 yanıtının üzerinden links.max_rate_limit_wait saniye geçtikten sonra da yanıt vermeyi
reddederse bağlantı (ardından o sunucunun bütün bağlantıları) bozuk olarak değil, doğrulanamamış
olarak bildirilir.

Hatalı: sunucunun bu süre içinde yanıt vermediği bir bağlantı
Doğru:  aynı bağlantı, sonraki bir çalıştırmada ya da links.max_rate_limit_wait artırıldığında"""),
    _rule(model.UNVERIFIABLE, "link-unverifiable", Severity.WARNING,
          msg("The link could not be verified", "Bağlantı doğrulanamadı"), """\
The service that could tell (for YouTube, its oEmbed service) did not give a usable answer, or
the check failed for an unexpected reason. Nothing is known to be wrong; check the link by hand.

Bad:  a YouTube link while oEmbed answers 500
Good: the same link when oEmbed answers 200""",
          doc_tr="""\
Sonucu söyleyebilecek hizmet (YouTube için oEmbed hizmeti) işe yarar bir yanıt vermedi ya da
denetim beklenmedik bir nedenle başarısız oldu. Bağlantıda bir sorun olduğu bilinmiyor; bağlantıyı
elle kontrol edin.

Hatalı: oEmbed 500 yanıtı verirken bir YouTube bağlantısı
Doğru:  oEmbed 200 yanıtı verdiğinde aynı bağlantı"""),
    _rule(model.PRIVATE_ADDRESS, "link-private-address", Severity.WARNING,
          msg("The link leads to a private or local address", "Bağlantı özel ya da yerel bir adrese gidiyor"), """\
contentlint never sends requests to loopback, private, link-local or cloud metadata addresses
(for the link and for every redirect), so a link checker running in CI cannot be turned against
the network it runs in. Such links also do not work for readers. --allow-private lifts the
guard; a remap rule's target is always allowed.

Bad:  [Panel](http://192.168.1.10/yonetim)
Good: [Panel](https://panel.example.org/)""",
          doc_tr="""\
contentlint; geri döngü (loopback), özel ağ, bağlantı-yerel (link-local) ve bulut meta veri
adreslerine hiçbir zaman istek göndermez (ne bağlantının kendisi ne de yönlendirmeler için). Böylece
CI'da çalışan bağlantı denetleyicisi, çalıştığı ağa karşı kullanılamaz. Bu tür bağlantılar zaten
okurlar için de çalışmaz. --allow-private bu korumayı kaldırır; yeniden eşleme (remap) kuralının
hedefine ise her zaman izin verilir.

Hatalı: [Panel](http://192.168.1.10/yonetim)
Doğru:  [Panel](https://panel.example.org/)"""),
    _rule(model.UNSUPPORTED_SCHEME, "link-unsupported-scheme", Severity.WARNING,
          msg("A link with a scheme other than http, https, mailto or tel",
              "http, https, mailto ya da tel dışında bir şemayla bağlantı"), """\
Only web links are requested; mailto: and tel: are checked for syntax. Other schemes (ftp:,
file:, javascript:) do not work for most readers and are not checked.

Bad:  [Dosya](file:///C:/Belgeler/rehber.pdf)
Good: [Dosya](https://www.stgm.org.tr/sites/default/files/rehber.pdf)""",
          doc_tr="""\
Yalnızca web bağlantılarına istek gönderilir; mailto: ve tel: bağlantılarının yalnızca yazımı
denetlenir. Başka şemalar (ftp:, file:, javascript:) çoğu okur için çalışmaz ve denetlenmez.

Hatalı: [Dosya](file:///C:/Belgeler/rehber.pdf)
Doğru:  [Dosya](https://www.stgm.org.tr/sites/default/files/rehber.pdf)"""),
    _rule(model.MALFORMED, "link-malformed", Severity.ERROR,
          msg("A link that is not a valid address", "Geçerli bir adres olmayan bağlantı"), """\
The web address cannot be parsed, has no 'https://' in front, or a mailto: or tel: link is not a
valid e-mail address or telephone number.

Bad:  [STGM](www.stgm.org.tr)   [E-posta](mailto:info@stgm)
Good: [STGM](https://www.stgm.org.tr)   [E-posta](mailto:info@stgm.org.tr)""",
          doc_tr="""\
Web adresi okunamıyor ya da başında 'https://' yok; veya bir mailto: ya da tel: bağlantısındaki
e-posta adresi ya da telefon numarası geçerli değil.

Hatalı: [STGM](www.stgm.org.tr)   [E-posta](mailto:info@stgm)
Doğru:  [STGM](https://www.stgm.org.tr)   [E-posta](mailto:info@stgm.org.tr)"""),
    _rule(model.FRAGMENT_MISSING, "link-fragment-missing", Severity.WARNING,
          msg("The #fragment is not on the linked page", "#bölüm bağlantı verilen sayfada yok"), """\
With links.check_fragments = true, a link's #fragment must be the id of an element on the page
(or the name of an <a>); otherwise the browser opens the page at the top.

Bad:  https://example.org/rehber#bolum-9   (the page has no id="bolum-9")
Good: https://example.org/rehber#bolum-2""",
          doc_tr="""\
links.check_fragments = true olduğunda bir bağlantının #bölüm kısmı, sayfadaki bir öğenin id'si
(ya da bir <a> öğesinin name değeri) olmalıdır; değilse tarayıcı sayfayı en baştan açar.

Hatalı: https://example.org/rehber#bolum-9   (sayfada id="bolum-9" yok)
Doğru:  https://example.org/rehber#bolum-2"""),
    _rule(model.TEXT_MISMATCH, "link-text-mismatch", Severity.WARNING,
          msg("The link text does not match the target's title",
              "Bağlantı metni hedefin başlığıyla uyuşmuyor"), """\
A copy-pasted wrong address answers 200 and passes every link check. The link text is compared
with the target's own title (a page's <title> or og:title, a YouTube video's title, a PDF's
/Title when the first KiB holds it), with Turkish case folding and word stems, leaving out stop
words and the site's name ("| STGM", "- YouTube"). Only a text and a title that share no word
are reported. Silent for a missing or generic title ("YouTube", "Ana Sayfa", a file name), a
playlist, vague texts (CL304) and sentences (CL305), and a Turkish text for an English title (or
the reverse). Titles are kept in the link cache.

Bad:  [Gönüllü Yönetimi](https://www.stgm.org.tr/hibe-programlari)   → ‘Hibe Programları | STGM’
Good: [Gönüllü Yönetimi](https://www.stgm.org.tr/gonullu-yonetimi)   → ‘Gönüllü Yönetimi | STGM’""",
          doc_tr="""\
Kopyalanıp yapıştırılırken yanlış seçilmiş bir adres de 200 yanıtı verir ve bütün bağlantı
denetimlerinden geçer. Bağlantı metni, hedefin kendi başlığıyla karşılaştırılır (sayfanın <title>
ya da og:title değeri, YouTube videosunun başlığı, ilk 1 KiB'da yer alıyorsa PDF'in /Title
değeri). Karşılaştırmada Türkçenin büyük-küçük harf kuralları geçerlidir, sözcük ekleri hesaba
katılmaz; bağlaçlar, edatlar ve sitenin adı ("| STGM", "- YouTube") dışarıda bırakılır. Yalnızca
ortak hiçbir sözcüğü olmayan metin ve başlık bildirilir. Başlık yoksa ya da genelse ("YouTube",
"Ana Sayfa", bir dosya adı), bağlantı bir oynatma listesine gidiyorsa, metin belirsizse (CL304) ya
da bir cümleyse (CL305), metin Türkçe, başlık İngilizceyse (ya da tersi) bildirim yapılmaz.
Başlıklar bağlantı önbelleğinde saklanır.

Hatalı: [Gönüllü Yönetimi](https://www.stgm.org.tr/hibe-programlari)   → ‘Hibe Programları | STGM’
Doğru:  [Gönüllü Yönetimi](https://www.stgm.org.tr/gonullu-yonetimi)   → ‘Gönüllü Yönetimi | STGM’"""),
)

IDS = frozenset(rule.id for rule in RULES)


def _fragment(written: str) -> str | None:
    _, hash_mark, fragment = written.partition("#")
    return unquote(fragment) if hash_mark and fragment else None


def _fix(ref: LinkRef, url: str) -> Fix:
    """Replace the URL, keeping the fragment the editor wrote."""
    fragment = ref.url.partition("#")[2]
    text = f"{url}#{fragment}" if fragment and "#" not in url else url
    return Fix(msg("Replace the link with {url}", "Bağlantıyı {url} ile değiştirin", url=text))


def archived_fix(url: str) -> Fix:
    return Fix(msg("An archived copy: {url}", "Arşivdeki kopyası: {url}", url=url))


def title_fix(title: str) -> Fix:
    return Fix(msg("Check the address; the target's title is ‘{title}’",
                   "Adresi denetleyin; hedefin başlığı ‘{title}’", title=title))


def finding(ref: LinkRef, result: LinkResult, text: str | None = None) -> tuple[str, Finding] | None:
    """The finding for one occurrence of a link, or None when there is nothing to say.

    With the file's ``text``, a moved link's fix carries the edit that --fix applies.
    """
    def at(rule: str, message: Message, fix: Fix | None = None) -> tuple[str, Finding]:
        return rule, Finding(ref.line, ref.column, message, ref.end_line, ref.end_column, url=ref.url, fix=fix)

    if result.rule is not None and result.reason is not None:
        fix = _fix(ref, result.fix_url) if result.fix_url else \
            archived_fix(result.archived) if result.archived else None
        # Imported here: the rule registry loads this module for every run, and deciding about
        # moved links and titles needs the network side (aiohttp), which only link runs load.
        from contentlint.links import moved

        change = None if fix is None or text is None else moved.edit(text, ref, result)
        if fix is not None and change is not None:
            fix = Fix(fix.description, (change,))
        return at(result.rule, result.reason, fix)
    fragment = _fragment(ref.url)
    if result.anchors is not None and fragment and not fragment.startswith(("!", ":~:")) \
            and fragment not in result.anchors:
        return at(model.FRAGMENT_MISSING, msg(
            "The page has no '#{fragment}' anchor", "Sayfada '#{fragment}' diye bir bölüm yok",
            fragment=fragment,
        ))
    return None


def mismatch(text: str, url: str, result: LinkResult, vague: frozenset[str] = frozenset()) -> Message | None:
    """Why the link text ``text`` does not name the target of ``url`` (CL419), or None."""
    if not result.ok or result.title is None:
        return None
    from contentlint.links import titles  # see finding()

    if not titles.disagree(text, url, result.title, vague):
        return None
    if titles.is_youtube(url):
        kind_en, kind_tr = "the video's title", "videonun başlığı"
    elif result.size is not None:
        kind_en, kind_tr = "the document's title", "belgenin başlığı"
    else:
        kind_en, kind_tr = "the target page's title", "hedef sayfanın başlığı"
    return msg("The link text is ‘{text}’, but {kind_en} is ‘{title}’",
               "Bağlantı metni ‘{text}’, ama {kind_tr} ‘{title}’",
               text=text, title=result.title, kind_en=kind_en, kind_tr=kind_tr)


def title_finding(ref: LinkRef, result: LinkResult, vague: frozenset[str] = frozenset()
                  ) -> tuple[str, Finding] | None:
    """The link text names something other than the target's title (CL419), or None."""
    message = mismatch(ref.text, ref.url, result, vague)
    if message is None or result.title is None:
        return None
    return model.TEXT_MISMATCH, Finding(ref.line, ref.column, message, ref.end_line, ref.end_column,
                                        url=ref.url, fix=title_fix(result.title))
