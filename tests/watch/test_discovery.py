from __future__ import annotations

from dyadwatch.watch.discovery import detect_kind, discover, listing_links, sitemap_urls

SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://think.example.org/analysis/1</loc><lastmod>2020-09-01</lastmod></url>
  <url><loc>https://think.example.org/analysis/2</loc></url>
  <url><loc>javascript:alert(1)</loc></url>
</urlset>"""
INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://think.example.org/sitemap-1.xml</loc></sitemap>
</sitemapindex>"""


def test_sitemaps_and_sitemap_indexes() -> None:
    assert detect_kind(SITEMAP, "application/xml") == "sitemap"
    assert sitemap_urls(SITEMAP, "s") == (["https://think.example.org/analysis/1",
                                           "https://think.example.org/analysis/2"], [])
    found = discover(INDEX, "application/xml", "https://think.example.org/sitemap.xml")
    assert found.kind == "sitemap" and found.items == []
    assert found.child_sitemaps == ["https://think.example.org/sitemap-1.xml"]


def test_listing_links_stay_on_site_and_skip_navigation() -> None:
    page = b"""<html><body><header><a href="/about">About</a></header>
    <nav><a href="/topics/russia">Russia</a></nav>
    <main><a href="/topics/belarus">this page</a><a href="/analysis/9#comments">A</a>
    <a href="https://think.example.org/analysis/10">B</a><a href="/analysis/9">A again</a>
    <a href="https://think.example.org:8443/analysis/11">other port</a>
    <a href="//evil.example.net/analysis/1">off site</a><a href="/tag/minsk">tag</a>
    <a href="/report.pdf">pdf</a><a href="mailto:x@y">mail</a><a href="/">home</a></main>
    <footer><a href="/privacy">Privacy</a></footer></body></html>"""
    assert listing_links(page, "https://think.example.org/topics/belarus") == [
        "https://think.example.org/analysis/9", "https://think.example.org/analysis/10"]


def test_a_feed_is_recognised_and_long_entries_carry_their_content() -> None:
    body = "<p>" + "Minsk and Moscow talked about oil and gas. " * 20 + "</p>"
    feed = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
            b"<item><title>Long</title><guid>urn:x:1</guid><description><![CDATA[" + body.encode()
            + b"]]></description></item><item><title>Short</title>"
            b"<link>https://n.example.org/a/2</link><description>teaser</description></item>"
            b"</channel></rss>")
    found = discover(feed, "application/rss+xml", "https://n.example.org/feed")
    assert found.kind == "feed"
    long, short = found.items
    assert long.key == "urn:x:1" and long.url is None and "oil and gas" in (long.html or "")
    assert short.key == short.url == "https://n.example.org/a/2" and short.html is None
