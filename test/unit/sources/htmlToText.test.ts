import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/sources/htmlToText.js';

const PAGE = `<!DOCTYPE html>
<html><head>
<title>Harbour reopens after storm | The Lakeview Gazette</title>
<meta property="og:title" content="Harbour reopens after storm">
<meta property="article:published_time" content="2024-03-01T09:15:00+01:00">
<style>p { color: red; }</style>
<script>var x = "<p>not text</p>";</script>
</head>
<body>
<header><a href="/">Gazette</a><nav><ul><li>Home</li><li>Sport</li></ul></nav></header>
<article>
<h1>Harbour reopens after storm</h1>
<p>The harbour authority said on <b>Friday</b> that the main pier was safe.</p>
<p>Ferries &amp; cargo ships resume &ndash; fees drop by 10&#37; &#x2014; officials&nbsp;said.</p>
<div>Inspectors found
   no damage.<br>Night ferries return next week.</div>
<aside>Most read: something else</aside>
<ul><li>First point</li><li>Second point</li></ul>
</article>
<footer>© 2024 Gazette</footer>
<noscript>Enable JavaScript</noscript>
<svg><text>chart label</text></svg>
<iframe src="x">iframe body</iframe>
</body></html>`;

describe('htmlToText', () => {
  it('extracts title, date and paragraphs of a typical page', () => {
    const r = htmlToText(PAGE);
    expect(r.title).toBe('Harbour reopens after storm');
    expect(r.publishedAt).toBe('2024-03-01');
    expect(r.text).toBe(
      [
        'The harbour authority said on Friday that the main pier was safe.',
        'Ferries & cargo ships resume – fees drop by 10% — officials said.',
        'Inspectors found no damage.',
        'Night ferries return next week.',
        'First point',
        'Second point',
      ].join('\n\n'),
    );
  });

  it('falls back to the first h1, then to <title> without the site name', () => {
    expect(htmlToText('<h1>Bridge  closes</h1><h1>Other</h1><p>Body text.</p>')).toEqual({
      title: 'Bridge closes',
      publishedAt: null,
      text: 'Other\n\nBody text.',
    });
    expect(htmlToText('<title>Gazette - Bridge closes for repairs</title><p>Body.</p>').title).toBe('Bridge closes for repairs');
    expect(htmlToText('<p>No title at all.</p>').title).toBeNull();
  });

  it('reads the date from <time datetime> when there is no meta date', () => {
    const r = htmlToText('<p>Posted <time datetime="2023-12-31">New Year\'s Eve</time>.</p><time datetime="2020-01-01"></time>');
    expect(r.publishedAt).toBe('2023-12-31');
    expect(r.text).toBe("Posted New Year's Eve.");
    expect(htmlToText('<time datetime="2023-13-45">x</time><p>a</p>').publishedAt).toBeNull();
  });

  it('decodes named and numeric entities, replacing impossible code points', () => {
    const r = htmlToText('<p>&lt;b&gt; &quot;caf&eacute;&quot; &#233; &#x1F600; &#0; &#xD800; &#99999999; &unknown; &amp</p>');
    expect(r.text).toBe('<b> "café" é 😀 \uFFFD \uFFFD \uFFFD &unknown; &');
  });

  it('keeps a quoted > inside attributes from ending the tag', () => {
    expect(htmlToText('<p title="a > b">Kept text.</p>').text).toBe('Kept text.');
  });

  it('survives malformed markup', () => {
    expect(htmlToText('<p>Open paragraph <b>bold <i>both</p><p>next').text).toBe('Open paragraph bold both\n\nnext');
    expect(htmlToText('a < b and c > d').text).toBe('a < b and c > d');
    expect(htmlToText('<p>before</p><!-- unterminated comment <p>hidden</p>').text).toBe('before');
    expect(htmlToText('<p>before</p><script>never closed <p>x</p>').text).toBe('before');
    expect(htmlToText('<p>text</p><img src="x').text).toBe('text');
    expect(htmlToText('<head><title>T</title><body><p>Body survives an unclosed head.</p>').text).toBe('Body survives an unclosed head.');
    expect(htmlToText('')).toEqual({ title: null, publishedAt: null, text: '' });
  });

  it('keeps line structure inside <pre> and CDATA text', () => {
    expect(htmlToText('<pre>line one\nline two</pre><p><![CDATA[raw & text]]></p>').text).toBe('line one\n\nline two\n\nraw & text');
  });

  it('keeps textarea/xmp text, spaces table cells, honours self-closing tags', () => {
    expect(htmlToText('<p>Note:<textarea>typed &amp; kept</textarea></p><xmp>shown <b></xmp>').text).toBe('Note:typed & kept\n\nshown <b>');
    expect(htmlToText('<table><tr><td>Goals</td><td>3</td></tr><tr><th>Team</th><th>A</th></tr></table>').text).toBe('Goals 3\n\nTeam A');
    expect(htmlToText('<nav><p>menu</p></nav><p>kept<br/>after</p><script/>tail').text).toBe('kept\n\nafter\n\ntail');
  });

  it('takes the first usable title and drops the headline only near the top', () => {
    expect(htmlToText('<svg><title>Chart</title></svg><title>Second | Site</title><p>Body.</p>')).toEqual({ title: 'Second', publishedAt: null, text: 'Body.' });
    expect(htmlToText('<h1> </h1><h1>Real</h1><p>x</p>')).toEqual({ title: 'Real', publishedAt: null, text: 'x' });
    const late = '<p>One</p><p>Two</p><p>Three</p><p>Headline here</p><meta property="og:title" content="Headline here">';
    expect(htmlToText(late).text).toBe('One\n\nTwo\n\nThree\n\nHeadline here');
    expect(htmlToText('<p>Headline, here!</p><p>Rest.</p><meta property="og:title" content="headline here">')).toEqual({ title: 'headline here', publishedAt: null, text: 'Rest.' });
  });
});
