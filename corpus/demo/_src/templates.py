"""HTML templates of the fictional outlets of the demo corpus.

Each outlet runs a different (imagined) CMS theme, so the boilerplate around
the article differs from site to site the way it does on real regional news
sites: navigation, breadcrumbs, share bars, "Baca juga" link lines inside the
body, reaction widgets, tag lists, comment forms and footers.  Two outlets
(lombokpos, sumatrapos) share one WordPress theme, as sister sites often do.
"""
from html import escape

BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
         "Agustus", "September", "Oktober", "November", "Desember"]
BLN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

OUTLETS = {
    "kabarjatim": dict(host="kabarjatim.example", name="KabarJatim", template="tabloid",
                       tz="+07:00", zone="WIB", baca="Baca juga:"),
    "suarakaltim": dict(host="suarakaltim.example", name="Suara Kaltim", template="wpnews",
                        tz="+08:00", zone="WITA", baca="Baca juga:"),
    "warta-sulsel": dict(host="warta-sulsel.example", name="Warta Sulsel", template="portal",
                         tz="+08:00", zone="WITA", baca="Baca Juga:"),
    "jabarpost": dict(host="jabarpost.example", name="JabarPost", template="newspaper",
                      tz="+07:00", zone="WIB", baca="BACA JUGA:"),
    "lombokpos": dict(host="lombokpos.example", name="Lombok Pos", template="jeg",
                      tz="+08:00", zone="WITA", baca="Baca Juga:"),
    "sumatrapos": dict(host="sumatrapos.example", name="Sumatra Pos", template="jeg",
                       tz="+07:00", zone="WIB", baca="Baca juga:"),
}

NAV = {
    "kabarjatim": ["Home", "Daerah", "Malang Raya", "Tapal Kuda", "Politik", "Ekonomi", "Hukum", "Olahraga", "Indeks"],
    "suarakaltim": ["Beranda", "Samarinda", "Kukar", "Kutim", "Balikpapan", "Nusantara", "Opini", "Advertorial"],
    "warta-sulsel": ["Home", "Makassar", "Daerah", "Politik", "Hukum & Kriminal", "Ekbis", "Sport", "Video"],
    "jabarpost": ["Beranda", "Bandung Raya", "Priangan", "Bogor", "Banten", "Jakarta", "Nasional", "Gaya Hidup"],
    "lombokpos": ["Beranda", "Mataram", "Lombok Tengah", "Lombok Timur", "Sumbawa", "Pariwisata", "Opini"],
    "sumatrapos": ["Beranda", "Lampung", "Sumbar", "Riau", "Politik", "Ekonomi", "Olahraga"],
}

REACTIONS = ["Senang", "Sedih", "Marah", "Terkejut", "Lucu", "Takut"]


def parts(iso):
    """Split '2024-06-21T14:32' into date pieces used by the display formats."""
    import datetime as dt
    d = dt.datetime.fromisoformat(iso)
    return d, HARI[d.weekday()]


def e(s):
    return escape(s, quote=True)


def head(a, o):
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a['title'])} - {e(o['name'])}</title>
<meta name="description" content="{e(a['lead'])}">
<meta name="author" content="{e(a['author'])}">
<link rel="canonical" href="{e(a['url'])}">
<meta property="og:site_name" content="{e(o['name'])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:url" content="{e(a['url'])}">
<meta property="og:image" content="https://{o['host']}/wp-content/uploads/{a['published'][:4]}/{a['published'][5:7]}/{a['slug']}.jpg">
<meta property="article:published_time" content="{a['published']}:00{o['tz']}">
<meta property="article:section" content="{e(a['section'])}">
{''.join(f'<meta property="article:tag" content="{e(t)}">' + chr(10) for t in a['tags'])}<link rel="stylesheet" href="https://{o['host']}/assets/css/style.min.css">
<link rel="alternate" type="application/rss+xml" title="{e(o['name'])} &raquo; Feed" href="https://{o['host']}/feed/">
</head>
"""


def nav(o, key, cls):
    items = "".join(f'<li><a href="https://{o["host"]}/{"" if i == 0 else n.lower().replace(" ", "-").replace("&", "dan")}">{e(n)}</a></li>'
                    for i, n in enumerate(NAV[key]))
    return f'<nav class="{cls}"><ul>{items}</ul></nav>'


def body_html(a, o, pcls=""):
    """Article paragraphs with 'Baca juga' link lines spliced in after paragraphs 2 and 5."""
    out = []
    rel = a["related"]
    pc = f' class="{pcls}"' if pcls else ""
    for i, p in enumerate(a["body"]):
        out.append(f"<p{pc}>{e(p)}</p>")
        if i in (1, 4) and rel:
            r = rel[0] if i == 1 else rel[-1]
            if a["template"] == "newspaper":
                out.append(f'<p><strong>{o["baca"]} <a href="{e(r["url"])}">{e(r["title"].upper())}</a></strong></p>')
            elif a["template"] == "portal":
                out.append(f'<div class="baca-juga"><span>{o["baca"]}</span> <a href="{e(r["url"])}">{e(r["title"])}</a></div>')
            else:
                out.append(f'<p><strong>{o["baca"]}</strong> <a href="{e(r["url"])}">{e(r["title"])}</a></p>')
    return "\n".join(out)


def reaction_widget():
    btns = "".join(f'<div class="reaction"><img src="/img/react/{r.lower()}.png" alt="{r}"><span class="count">0</span><span class="label">{r}</span></div>' for r in REACTIONS)
    return f'<div class="reaction-box"><h3>What\'s Your Reaction?</h3><div class="reactions">{btns}</div></div>'


def share_bar(a, label="Bagikan"):
    u = a["url"]
    return (f'<div class="share"><span>{label}:</span>'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={e(u)}">Facebook</a>'
            f'<a href="https://twitter.com/intent/tweet?url={e(u)}">Twitter</a>'
            f'<a href="https://api.whatsapp.com/send?text={e(u)}">WhatsApp</a>'
            f'<a href="https://t.me/share/url?url={e(u)}">Telegram</a>'
            f'<button class="copy-link">Salin Tautan</button></div>')


def related_list(a, heading):
    li = "".join(f'<li><a href="{e(r["url"])}">{e(r["title"])}</a></li>' for r in a["related"])
    return f'<div class="related"><h3>{heading}</h3><ul>{li}</ul></div>'


def comment_form(heading):
    return f"""<div id="respond" class="comment-respond"><h3 class="comment-reply-title">{heading}</h3>
<form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *</p>
<p><label for="comment">Komentar *</label><textarea id="comment" name="comment" rows="6"></textarea></p>
<p><label for="author">Nama *</label><input id="author" name="author" type="text"></p>
<p><label for="email">Email *</label><input id="email" name="email" type="email"></p>
<p><input name="submit" type="submit" value="Kirim Komentar"></p></form></div>"""


def tabloid(a, o):
    d, hari = parts(a["published"])
    return head(a, o) + f"""<body class="single detail">
<div class="topbar"><span class="trending">TRENDING</span> <a href="https://{o['host']}/tag/pilkada-2024">#Pilkada2024</a> <a href="https://{o['host']}/tag/netralitas-asn">#NetralitasASN</a> <a href="https://{o['host']}/tag/cuaca-ekstrem">#CuacaEkstrem</a></div>
<header class="header"><a class="logo" href="https://{o['host']}/"><img src="/img/logo-kabarjatim.png" alt="KabarJatim - Kabar Terkini Jawa Timur"></a>
{nav(o, a['outlet'], 'menu-utama')}
<form class="search" action="/search"><input name="q" placeholder="Cari berita..."></form></header>
<main class="container">
<div class="breadcrumb"><a href="https://{o['host']}/">Home</a> &rsaquo; <a href="https://{o['host']}/daerah">Daerah</a> &rsaquo; <a href="https://{o['host']}/daerah/{e(a['section'].lower().replace(' ', '-'))}">{e(a['section'])}</a></div>
<article class="detail">
<h1 class="detail__title">{e(a['title'])}</h1>
<div class="detail__meta"><span class="detail__author">Penulis: {e(a['author'])}</span> <span class="detail__editor">Editor: {e(a['editor'])}</span> <span class="detail__date">{hari}, {d.day} {BLN[d.month-1]} {d.year} - {d:%H:%M} {o['zone']}</span></div>
{share_bar(a)}
<figure class="detail__media"><img src="https://{o['host']}/uploads/{a['slug']}.jpg" alt="{e(a['title'])}"><figcaption>{e(a['caption'])} (Foto: {e(a['photo'])})</figcaption></figure>
<div class="detail__body-text" itemprop="articleBody">
{body_html(a, o)}
<p class="detail__trailer">Penulis: {e(a['author'])}<br>Editor: {e(a['editor'])}</p>
</div>
<div class="detail__tags">Tags: {', '.join(f'<a href="https://{o["host"]}/tag/{e(t.lower().replace(" ", "-"))}">{e(t)}</a>' for t in a['tags'])}</div>
{reaction_widget()}
{share_bar(a, 'Share')}
</article>
<aside>{related_list(a, 'Berita Terkait')}<div class="populer"><h3>Terpopuler</h3><ol><li><a href="https://{o['host']}/indeks">Indeks Berita Hari Ini</a></li></ol></div></aside>
{comment_form('Tinggalkan Komentar')}
</main>
<footer class="footer"><ul><li><a href="/redaksi">Redaksi</a></li><li><a href="/pedoman-media-siber">Pedoman Media Siber</a></li><li><a href="/kontak">Kontak</a></li></ul>
<p>Copyright &copy; {d.year} KabarJatim. All rights reserved.</p></footer>
<a href="#" class="scroll-top" title="Kembali ke atas">scroll to top</a>
</body>
</html>
"""


def wpnews(a, o):
    d, hari = parts(a["published"])
    return head(a, o) + f"""<body class="post-template-default single single-post">
<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://{o['host']}/" rel="home">Suara Kaltim</a></p><p class="site-description">Suara Rakyat Benua Etam</p></div>
{nav(o, a['outlet'], 'main-navigation')}</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<nav class="breadcrumbs" aria-label="breadcrumb"><a href="https://{o['host']}/">Beranda</a> / <a href="https://{o['host']}/category/{e(a['section'].lower())}">{e(a['section'])}</a> / <span>{e(a['title'])}</span></nav>
<article class="post type-post status-publish format-standard hentry">
<header class="entry-header"><span class="cat-links"><a href="https://{o['host']}/category/{e(a['section'].lower())}">{e(a['section'])}</a></span>
<h1 class="entry-title">{e(a['title'])}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{a['published']}:00{o['tz']}">{d.day} {BULAN[d.month-1]} {d.year}</time></span> <span class="byline">oleh <span class="author vcard">{e(a['author'])}</span></span></div></header>
<div class="post-thumbnail"><img src="https://{o['host']}/wp-content/uploads/{a['slug']}.jpg" alt=""><p class="wp-caption-text">Foto: {e(a['caption'])} ({e(a['photo'])})</p></div>
<div class="entry-content">
{body_html(a, o)}
<p>(Reporter: {e(a['author'])} / Redaktur: {e(a['editor'])})</p>
</div>
<footer class="entry-footer"><span class="tags-links">Tags: {', '.join(f'<a href="https://{o["host"]}/tag/{e(t.lower().replace(" ", "-"))}" rel="tag">{e(t)}</a>' for t in a['tags'])}</span></footer>
{share_bar(a)}
{reaction_widget()}
</article>
{related_list(a, 'Berita Terkait')}
{comment_form('Tinggalkan Balasan')}
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Terbaru</h2><ul><li><a href="https://{o['host']}/">Beranda</a></li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; {d.year} Suara Kaltim &ndash; PT Suara Benua Etam Media. Hak cipta dilindungi undang-undang.</div></footer>
<a id="scroll-to-top" href="#page">scroll to top</a></div>
</body>
</html>
"""


def portal(a, o):
    d, hari = parts(a["published"])
    return head(a, o) + f"""<body>
<div class="wrapper"><div class="header-top"><div class="date-now">{hari}, {d.day} {BULAN[d.month-1]} {d.year}</div><div class="socmed"><a href="https://facebook.com/wartasulsel">fb</a> <a href="https://instagram.com/wartasulsel">ig</a></div></div>
<div class="header"><a href="https://{o['host']}/"><img src="/assets/logo.svg" alt="Warta Sulsel"></a></div>
{nav(o, a['outlet'], 'nav')}
<div class="content">
<ul class="breadcrumb"><li><a href="https://{o['host']}/">Home</a></li><li><a href="https://{o['host']}/kanal/{e(a['section'].lower())}">{e(a['section'])}</a></li></ul>
<div class="read">
<h1 class="read__title">{e(a['title'])}</h1>
<div class="read__info"><div class="read__info__author">Penulis: {e(a['author'])} | Editor: {e(a['editor'])}</div><div class="read__info__date">{hari}, {d.day} {BULAN[d.month-1]} {d.year} | {d:%H:%M} {o['zone']}</div></div>
<div class="photo"><img src="https://{o['host']}/foto/{a['slug']}.jpg" alt=""><div class="photo__caption">{e(a['caption'])}. Foto: {e(a['photo'])}</div></div>
{share_bar(a, 'Bagikan artikel ini')}
<div class="read__content" itemprop="articleBody">
{body_html(a, o)}
</div>
<div class="read__trailer">Penulis: {e(a['author'])}<br>Editor: {e(a['editor'])}</div>
<div class="tag"><h4>Tags:</h4> {' '.join(f'<a href="https://{o["host"]}/tag/{e(t.lower().replace(" ", "-"))}">#{e(t)}</a>' for t in a['tags'])}</div>
{reaction_widget()}
{related_list(a, 'Berita Terkait')}
</div>
<div class="komentar"><h3>Komentar</h3><p>Belum ada komentar.</p>{comment_form('Tinggalkan Komentar')}</div>
</div>
<div class="footer"><p>Warta Sulsel &mdash; Tajam, Terpercaya. Jl. AP Pettarani, Makassar.</p><p>Copyright &copy; 2022-{d.year} warta-sulsel.example</p></div>
<div class="gotop" onclick="window.scrollTo(0,0)">scroll to top</div></div>
</body>
</html>
"""


def newspaper(a, o):
    d, hari = parts(a["published"])
    return head(a, o) + f"""<body class="td-standard-pack single">
<div class="td-header-wrap"><div class="td-header-top-menu"><span class="td_data_time">{hari}, {d.day} {BULAN[d.month-1]} {d.year}</span> <a href="/login">Masuk</a></div>
<div class="td-header-logo"><a href="https://{o['host']}/"><img src="/logo-jabarpost.png" alt="JabarPost"></a></div>
{nav(o, a['outlet'], 'td-header-menu-wrap')}</div>
<div class="td-main-content-wrap"><div class="td-crumb-container"><div class="entry-crumbs"><span><a href="https://{o['host']}/">Beranda</a></span> <i class="td-bread-sep"></i> <span><a href="https://{o['host']}/{e(a['section'].lower().replace(' ', '-'))}">{e(a['section'])}</a></span> <i class="td-bread-sep"></i> <span class="td-bred-no-url-last">{e(a['title'])}</span></div></div>
<article class="post td-post-template-default">
<div class="td-post-header"><ul class="td-category"><li><a href="https://{o['host']}/{e(a['section'].lower().replace(' ', '-'))}">{e(a['section'])}</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{e(a['title'])}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name">Oleh <a href="/author/{e(a['author'].lower().replace(' ', '-'))}">{e(a['author'])}</a></div> <span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{a['published']}:00{o['tz']}">{d.day} {BLN[d.month-1]} {d.year}</time></span></div></header></div>
<div class="td-post-sharing-top">{share_bar(a, 'Share')}</div>
<div class="td-post-featured-image"><figure><img src="https://{o['host']}/wp-content/uploads/{a['slug']}.jpg" alt=""><figcaption class="wp-caption-text">{e(a['caption'])} (Foto: {e(a['photo'])})</figcaption></figure></div>
<div class="td-post-content tagdiv-type">
{body_html(a, o)}
<p><em>Penulis: {e(a['author'])}</em><br><em>Editor: {e(a['editor'])}</em></p>
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box"><li><span>TAGS</span></li>{''.join(f'<li><a href="https://{o["host"]}/tag/{e(t.lower().replace(" ", "-"))}">{e(t)}</a></li>' for t in a['tags'])}</ul></div>
<div class="td-post-sharing-bottom">{share_bar(a, 'Bagikan')}</div>
{reaction_widget()}
</footer></article>
<div class="td_block_related_posts">{related_list(a, 'ARTIKEL TERKAIT')}</div>
<div class="comments" id="comments">{comment_form('Tinggalkan Balasan')}</div></div>
<div class="td-footer-wrapper"><div class="footer-text-wrap">JabarPost.example adalah media daring yang menyajikan berita Jawa Barat, Banten dan Jakarta.</div>
<div class="td-sub-footer-copy">&copy; Copyright {d.year} - JabarPost. All Rights Reserved.</div></div>
<div class="td-scroll-up"><a href="#">scroll to top</a></div>
</body>
</html>
"""


def jeg(a, o):
    d, hari = parts(a["published"])
    return head(a, o) + f"""<body class="wp-theme-jnews single-post jnews">
<div class="jeg_viewport"><div class="jeg_header normal"><div class="jeg_topbar"><div class="jeg_top_date">{hari}, {d.day} {BULAN[d.month-1]} {d.year}</div></div>
<div class="jeg_midbar"><div class="jeg_logo"><a href="https://{o['host']}/"><img src="/wp-content/uploads/logo.png" alt="{e(o['name'])}"></a></div></div>
<div class="jeg_bottombar">{nav(o, a['outlet'], 'jeg_main_menu')}</div></div>
<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage">
<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span><a href="https://{o['host']}/">Beranda</a></span> <i class="fa fa-angle-right"></i> <span><a href="https://{o['host']}/category/{e(a['section'].lower().replace(' ', '-'))}">{e(a['section'])}</a></span></div></div>
<div class="entry-header"><h1 class="jeg_post_title">{e(a['title'])}</h1>
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="jeg_meta_author">Oleh <a href="/author/{e(a['author'].lower().replace(' ', '-'))}">{e(a['author'])}</a></div><div class="jeg_meta_date"><a href="{e(a['url'])}">{d.day} {BULAN[d.month-1]} {d.year}</a></div><div class="jeg_meta_comment"><a href="#comments">0</a></div></div></div></div>
<div class="jeg_featured featured_image"><img src="https://{o['host']}/wp-content/uploads/{a['slug']}.jpg" alt=""><p class="wp-caption-text">{e(a['caption'])} (Foto: {e(a['photo'])})</p></div>
<div class="jeg_share_top_container">{share_bar(a, 'Share on')}</div>
<div class="entry-content no-share"><div class="content-inner">
{body_html(a, o)}
<p><strong>Reporter: {e(a['author'])}</strong><br><strong>Editor: {e(a['editor'])}</strong></p>
</div></div>
<div class="jeg_post_tags"><span>Tags:</span> {''.join(f'<a href="https://{o["host"]}/tag/{e(t.lower().replace(" ", "-"))}" rel="tag">{e(t)}</a>' for t in a['tags'])}</div>
{reaction_widget()}
<div class="jeg_postblock_22 jeg_postblock jeg_module_hook">{related_list(a, 'Berita Terkait')}</div>
<div id="comments" class="jeg_comments">{comment_form('Tinggalkan Balasan')}</div>
</div></div></div>
<div class="footer-holder"><div class="jeg_footer"><div class="jeg_footer_bottom"><p class="copyright">&copy; {d.year} <a href="https://{o['host']}/">{e(o['name'])}</a> - Jaringan media daerah. Dilarang mengutip tanpa izin.</p></div></div></div>
<div class="jscroll-to-top"><a href="#back-to-top" class="jscroll-to-top_link">scroll to top</a></div></div>
</body>
</html>
"""


RENDER = {"tabloid": tabloid, "wpnews": wpnews, "portal": portal, "newspaper": newspaper, "jeg": jeg}
